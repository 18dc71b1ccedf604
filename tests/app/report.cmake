# SPDX-License-Identifier: GPL-3.0-or-later
# `flowdeck report ...` run as a separate process without a display.
