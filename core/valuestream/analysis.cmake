# SPDX-License-Identifier: GPL-3.0-or-later
# The summary, critical path and bottleneck of a value stream map.
