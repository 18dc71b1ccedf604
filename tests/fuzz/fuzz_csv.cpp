// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the CSV importers (`flowdeck import csv deployments|incidents`): any bytes read as a file of deployments
// and as one of incidents. Seeds: tests/core/data/ci/csv.
#include "ci/csv/csvimport.h"
#include "fuzzinput.h"

using namespace flowdeck;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content = fuzz::input(data, size);
    (void)ci::csv::readCsv(ci::csv::Table::Deployments, content, u"fuzz/deployments.csv"_s);
    (void)ci::csv::readCsv(ci::csv::Table::Incidents, content, u"fuzz/incidents.csv"_s);
    return 0;
}
