# SPDX-License-Identifier: GPL-3.0-or-later
# The report model: scope, sections and the data gathered for them.
