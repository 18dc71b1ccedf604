# SPDX-License-Identifier: GPL-3.0-or-later
# The Value stream page: editor (filled in with its sources).
