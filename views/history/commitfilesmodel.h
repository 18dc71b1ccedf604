// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/history.h"

#include <QAbstractTableModel>
#include <QPalette>

namespace flowdeck::views {

/// The files one commit changed, as `git log --numstat` lists them: path (old → new for a rename), lines
/// inserted and deleted. Binary files show no line counts.
class CommitFilesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PathColumn,
        InsertionsColumn,
        DeletionsColumn
    };
    static constexpr int columns = DeletionsColumn + 1;

    explicit CommitFilesModel(QObject *parent = nullptr);

    void setFiles(const QList<CommitFile> &files);
    void clear();
    void setPalette(const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CommitFile &file, int column) const;

    QList<CommitFile> m_files;
    QPalette m_palette;
};

} // namespace flowdeck::views
