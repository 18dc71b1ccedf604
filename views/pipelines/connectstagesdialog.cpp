// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/connectstagesdialog.h"

#include "common/pagestyle.h"
#include "pipelines/pipelineedits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

ConnectStagesDialog::ConnectStagesDialog(const graph::PipelineSpec &pipeline, const QString &from, QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
{
    setWindowTitle(tr("Connect Stages"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2 * unit);
    auto *form = new QFormLayout;
    form->setSpacing(unit);
    m_from = new QComboBox(this);
    m_from->setObjectName(u"connectFrom"_s);
    m_from->setAccessibleName(tr("Stage that runs first"));
    m_to = new QComboBox(this);
    m_to->setObjectName(u"connectTo"_s);
    m_to->setAccessibleName(tr("Stage that waits for it"));
    for (const graph::StageSpec &stage : pipeline.stages) {
        m_from->addItem(stage.name, stage.name);
        m_to->addItem(stage.name, stage.name);
    }
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    m_to->setCurrentIndex(std::min(m_to->count() - 1, m_from->currentIndex() + 1));
    form->addRow(tr("&First:"), m_from);
    form->addRow(tr("&Then:"), m_to);
    layout->addLayout(form);

    m_problem = pagestyle::quietLabel(this);
    m_problem->setObjectName(u"connectProblem"_s);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_from, &QComboBox::currentIndexChanged, this, &ConnectStagesDialog::validate);
    connect(m_to, &QComboBox::currentIndexChanged, this, &ConnectStagesDialog::validate);
    validate();
    setMinimumWidth(50 * unit);
}

QString ConnectStagesDialog::from() const
{
    return m_from->currentData().toString();
}

QString ConnectStagesDialog::to() const
{
    return m_to->currentData().toString();
}

void ConnectStagesDialog::validate()
{
    QString problem;
    if (from() == to())
        problem = tr("Choose two different stages.");
    else if (pipelineedits::isConnected(m_pipeline, from(), to()))
        problem = tr("“%1” runs after “%2” already.").arg(to(), from());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    // A cycle is left to the page, which says which stages it would go through.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !from().isEmpty());
}

} // namespace flowdeck::views
