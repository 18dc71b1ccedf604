// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/renamestagedialog.h"

#include "common/pagestyle.h"
#include "pipelines/pipelineedits.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

RenameStageDialog::RenameStageDialog(const graph::PipelineSpec &pipeline, const QString &stage, QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_stage(stage)
{
    setWindowTitle(tr("Rename Stage"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2 * unit);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(stage, this);
    m_name->setObjectName(u"stageName"_s);
    m_name->setAccessibleName(tr("New name of stage %1").arg(stage));
    m_name->selectAll();
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);

    m_problem = pagestyle::quietLabel(this);
    m_problem->setObjectName(u"stageProblem"_s);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Rename"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &RenameStageDialog::validate);
    validate();
    setMinimumWidth(50 * unit);
}

QString RenameStageDialog::name() const
{
    return m_name->text();
}

void RenameStageDialog::validate()
{
    const QString problem = pipelineedits::stageNameProblem(m_pipeline, m_name->text(), m_stage);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && m_name->text() != m_stage);
}

} // namespace flowdeck::views
