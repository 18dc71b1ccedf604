# SPDX-License-Identifier: GPL-3.0-or-later
# The Metrics page, its tiles, scope and drill-down.
