# SPDX-License-Identifier: GPL-3.0-or-later
# Reading the facts the metrics are computed from.
