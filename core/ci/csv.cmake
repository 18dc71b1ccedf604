# SPDX-License-Identifier: GPL-3.0-or-later
# ci/csv: deployments and incidents read from CSV files (docs/csv-import.md).
target_sources(flowdeck_core PRIVATE
    ci/csv/csvreader.h ci/csv/csvreader.cpp
    ci/csv/csvcells.h ci/csv/csvcells.cpp
    ci/csv/csvimport.h ci/csv/csvimport.cpp
)
