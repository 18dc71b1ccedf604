# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the graph model, its analyses and its native format.
