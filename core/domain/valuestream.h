// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QString>

#include <optional>

namespace flowdeck {

struct ValueStream
{
    Id id = 0;
    QString name;
    OptionalId serviceId;
    /// "current" or "future".
    QString state;
    /// The map a future state was copied from.
    OptionalId basedOnId;
    OptionalTime periodFrom;
    OptionalTime periodTo;
    /// "median" or "p85".
    QString statistic;
    QString notes;
    int revision = 1;
    Timestamp updatedAt = 0;

    bool operator==(const ValueStream &) const = default;
};

struct ValueStreamStep
{
    Id id = 0;
    Id valueStreamId = 0;
    int position = 0;
    QString name;
    QString kind;
    std::optional<qint64> processMs;
    std::optional<qint64> waitMs;
    std::optional<double> pctCompleteAccurate;
    std::optional<double> people;
    std::optional<int> wip;
    /// True for steps derived from data, false for workshop estimates.
    bool measured = false;
    QString notes;
    /// Kaizen burst texts, one improvement idea per line.
    QString improvementIdeas;
    /// Which data a measured step comes from ("coding", "review", "stage:<name>", "promotion:<name>"), so that a
    /// refresh from the data finds the step again; none for a workshop step.
    std::optional<QString> sourceKey;

    bool operator==(const ValueStreamStep &) const = default;
};

struct ValueStreamStepEdge
{
    Id id = 0;
    Id valueStreamId = 0;
    Id fromStepId = 0;
    Id toStepId = 0;

    bool operator==(const ValueStreamStepEdge &) const = default;
};

} // namespace flowdeck
