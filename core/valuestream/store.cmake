# SPDX-License-Identifier: GPL-3.0-or-later
# The value stream store (filled in with its sources).
