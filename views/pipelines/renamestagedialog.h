// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/pipelinemodel.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace flowdeck::views {

/// Asks for a stage's new name; OK stays disabled while the name is empty, unchanged or taken.
class RenameStageDialog : public QDialog
{
    Q_OBJECT

public:
    /// The stage keeps its jobs under the new name.
    RenameStageDialog(const graph::PipelineSpec &pipeline, const QString &stage, QWidget *parent = nullptr);

    QString name() const;
    QLineEdit *nameEdit() const { return m_name; }

private:
    void validate();

    graph::PipelineSpec m_pipeline;
    QString m_stage;
    QLineEdit *m_name = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace flowdeck::views
