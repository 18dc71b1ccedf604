# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the PDF report and the Reports page.
