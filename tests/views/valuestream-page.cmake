# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the Value stream page: page.
