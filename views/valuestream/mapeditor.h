// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/generation.h"
#include "valuestream/valuestreammap.h"

#include <QList>
#include <QObject>
#include <QUndoCommand>

#include <memory>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

/// Keeps one value stream map as the page's edits leave it and stores each edit in the workspace on a worker
/// thread, one after the other, each expecting the revision the one before it left: an edit of a map changed
/// elsewhere in the meantime is refused (optimistic locking) instead of overwriting it. A map not stored yet (one
/// derived from the data) is stored with its first edit.
class MapEditor : public QObject
{
    Q_OBJECT

public:
    explicit MapEditor(QObject *parent = nullptr);
    ~MapEditor() override;

    /// Forgets the map and drops the saves in flight.
    void setWorkspace(std::shared_ptr<const store::Workspace> workspace);
    /// Shows `map` as read (or derived); edits start from it. Drops the saves in flight.
    void setMap(const valuestream::Map &map);
    const valuestream::Map &map() const { return m_map; }
    bool hasMap() const { return m_hasMap; }

    /// Makes `map` the map (its id and revision are the editor's own) and stores it after the saves waiting.
    void apply(valuestream::Map map);
    /// A negative step id not used in the map yet, for a new step.
    Id newStepId() const;

    bool isSaving() const { return m_saving || !m_queue.isEmpty(); }

Q_SIGNALS:
    /// apply() or setMap() changed the map.
    void changed();
    /// A save was stored; the map now has its stored id, step ids and revision.
    void saved();
    /// A save was refused: changed elsewhere, or the workspace could not be written. The saves after it were
    /// dropped; the map stays as the user left it, so that the change can be made again after a reload.
    void refused(const QString &message);

private:
    void saveNext();

    std::shared_ptr<const store::Workspace> m_workspace;
    valuestream::Map m_map;
    bool m_hasMap = false;
    QList<valuestream::Map> m_queue;
    bool m_saving = false;
    Generation m_saves;
};

/// One edit of a map on the undo stack: redo applies the map after it, undo the map before it, both through the
/// editor (and so into the workspace). The maps are whole snapshots, so an undone removal brings the step back
/// even though its row is gone.
class MapEditCommand : public QUndoCommand
{
public:
    MapEditCommand(MapEditor *editor, valuestream::Map before, valuestream::Map after, const QString &text);

    void undo() override;
    void redo() override;

private:
    MapEditor *m_editor;
    valuestream::Map m_before;
    valuestream::Map m_after;
};

} // namespace flowdeck::views
