# SPDX-License-Identifier: GPL-3.0-or-later
# The Value stream page: canvas (filled in with its sources).
