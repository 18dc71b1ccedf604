# SPDX-License-Identifier: GPL-3.0-or-later
# The value stream comparison (filled in with its sources).
