// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/import/stagedraft.h"

#include <QSet>

namespace flowdeck::graph::importers {

QList<StageSpec> finishStages(const QList<StageDraft> &drafts, const QString &unknownNeed, NoteList &notes)
{
    QSet<QString> names;
    for (const StageDraft &draft : drafts)
        names.insert(draft.spec.name);
    QList<StageSpec> stages;
    stages.reserve(drafts.size());
    for (const StageDraft &draft : drafts) {
        StageSpec stage = draft.spec;
        stage.needs.clear();
        for (const StageDraft::Need &need : draft.needs) {
            if (!names.contains(need.name))
                notes.add(need.location, unknownNeed.arg(stage.name, need.name));
            else if (!stage.needs.contains(need.name))
                stage.needs.append(need.name);
        }
        stages.append(std::move(stage));
    }
    return stages;
}

} // namespace flowdeck::graph::importers
