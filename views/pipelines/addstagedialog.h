// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/pipelinemodel.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace flowdeck::views {

/// Asks for a new stage of a pipeline: its name, its kind, the environment a deploy stage deploys to, and
/// optionally the stage it runs after. OK stays disabled while the name is empty or taken.
class AddStageDialog : public QDialog
{
    Q_OBJECT

public:
    /// `after`: the stage offered to run after (the selected one), or empty.
    AddStageDialog(const graph::PipelineSpec &pipeline, const QStringList &environments, const QString &after,
                   QWidget *parent = nullptr);

    /// The stage as entered, without needs.
    graph::StageSpec stage() const;
    /// The stage it runs after, or empty.
    QString after() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *environmentBox() const { return m_environment; }
    QComboBox *afterBox() const { return m_after; }

private:
    void validate();

    graph::PipelineSpec m_pipeline;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QComboBox *m_environment = nullptr;
    QComboBox *m_after = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace flowdeck::views
