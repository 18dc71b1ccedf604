# SPDX-License-Identifier: GPL-3.0-or-later
# Computing the metrics from their facts, and the benchmark tables.
