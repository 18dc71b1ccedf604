// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/pipelinemodel.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace flowdeck::views {

/// Asks which two stages to connect, for those who connect from the keyboard rather than by dragging: the stage
/// that runs first and the stage that waits for it.
class ConnectStagesDialog : public QDialog
{
    Q_OBJECT

public:
    /// `from`: the stage offered first (the selected one), or empty.
    ConnectStagesDialog(const graph::PipelineSpec &pipeline, const QString &from, QWidget *parent = nullptr);

    QString from() const;
    QString to() const;
    QComboBox *fromBox() const { return m_from; }
    QComboBox *toBox() const { return m_to; }

private:
    void validate();

    graph::PipelineSpec m_pipeline;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace flowdeck::views
