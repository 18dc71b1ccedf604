# SPDX-License-Identifier: GPL-3.0-or-later
# The PDF rendering of a report (A4 and Letter).
