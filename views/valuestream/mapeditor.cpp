// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/mapeditor.h"

#include "common/background.h"
#include "store/workspace.h"
#include "valuestream/mapstore.h"

#include <algorithm>

namespace flowdeck::views {

MapEditor::MapEditor(QObject *parent)
    : QObject(parent)
{}

MapEditor::~MapEditor() = default;

void MapEditor::setWorkspace(std::shared_ptr<const store::Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_map = {};
    m_hasMap = false;
    m_queue.clear();
    m_saving = false;
    m_saves.invalidate();
}

void MapEditor::setMap(const valuestream::Map &map)
{
    m_map = map;
    m_hasMap = true;
    m_queue.clear();
    m_saving = false;
    m_saves.invalidate();
    Q_EMIT changed();
}

void MapEditor::apply(valuestream::Map map)
{
    if (!m_hasMap)
        return;
    map.id = m_map.id;
    map.revision = m_map.revision;
    map.updatedAt = m_map.updatedAt;
    m_map = map;
    m_queue.append(map);
    Q_EMIT changed();
    if (!m_saving)
        saveNext();
}

Id MapEditor::newStepId() const
{
    Id lowest = 0;
    for (const valuestream::Step &step : m_map.steps)
        lowest = std::min(lowest, step.id);
    for (const valuestream::Map &queued : m_queue) {
        for (const valuestream::Step &step : queued.steps)
            lowest = std::min(lowest, step.id);
    }
    return lowest - 1;
}

void MapEditor::saveNext()
{
    if (m_queue.isEmpty() || !m_workspace) {
        m_saving = false;
        return;
    }
    m_saving = true;
    valuestream::Map next = m_queue.takeFirst();
    // The identity and revision the previous save left.
    next.id = m_map.id;
    next.revision = m_map.revision;
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    runLatest(
        this, m_saves, [workspace, next] { return valuestream::saveMap(*workspace, next); },
        [this](const Result<valuestream::Map> &result) {
            if (!result) {
                m_queue.clear();
                m_saving = false;
                Q_EMIT refused(result.errorMessage());
                return;
            }
            m_map.id = result->id;
            m_map.revision = result->revision;
            m_map.updatedAt = result->updatedAt;
            if (m_queue.isEmpty()) {
                // Nothing waits that still names the steps by their old ids: take the stored ids, keep the samples.
                valuestream::Map stored = *result;
                valuestream::attachSamples(stored, m_map);
                m_map = stored;
            } else {
                for (valuestream::Map &queued : m_queue) {
                    queued.id = result->id;
                    queued.revision = result->revision;
                }
            }
            Q_EMIT saved();
            saveNext();
        });
}

MapEditCommand::MapEditCommand(MapEditor *editor, valuestream::Map before, valuestream::Map after, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void MapEditCommand::undo()
{
    m_editor->apply(m_before);
}

void MapEditCommand::redo()
{
    m_editor->apply(m_after);
}

} // namespace flowdeck::views
