# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the pipeline importers, on the real files in shared fixtures.
