# SPDX-License-Identifier: GPL-3.0-or-later
# The Monte Carlo what-if simulation of a value stream map.
