// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/addstagedialog.h"

#include "common/pagestyle.h"
#include "domain/pipeline.h"
#include "pipelines/pipelineedits.h"
#include "pipelines/stagekindstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

AddStageDialog::AddStageDialog(const graph::PipelineSpec &pipeline, const QStringList &environments,
                               const QString &after, QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
{
    setWindowTitle(tr("Add Stage"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2 * unit);
    auto *form = new QFormLayout;
    form->setSpacing(unit);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"stageName"_s);
    m_name->setAccessibleName(tr("Stage name"));
    m_name->setPlaceholderText(tr("for example integration-tests"));
    form->addRow(tr("&Name:"), m_name);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"stageKind"_s);
    m_kind->setAccessibleName(tr("Stage kind"));
    for (const QString &kind : StageKindStyle::kinds()) {
        const StageKindStyle style = StageKindStyle::of(kind);
        m_kind->addItem(style.icon(palette()), style.label, kind);
    }
    form->addRow(tr("&Kind:"), m_kind);

    m_environment = new QComboBox(this);
    m_environment->setObjectName(u"stageEnvironment"_s);
    m_environment->setAccessibleName(tr("Environment the stage deploys to"));
    m_environment->setEditable(true);
    m_environment->addItems(environments);
    m_environment->setCurrentText(QString());
    m_environmentLabel = new QLabel(tr("&Deploys to:"), this);
    m_environmentLabel->setBuddy(m_environment);
    form->addRow(m_environmentLabel, m_environment);

    m_after = new QComboBox(this);
    m_after->setObjectName(u"stageAfter"_s);
    m_after->setAccessibleName(tr("Stage it runs after"));
    m_after->addItem(tr("Nothing: starts with the pipeline"), QString());
    for (const graph::StageSpec &stage : pipeline.stages)
        m_after->addItem(stage.name, stage.name);
    m_after->setCurrentIndex(std::max(0, m_after->findData(after)));
    form->addRow(tr("Runs &after:"), m_after);
    layout->addLayout(form);

    m_problem = pagestyle::quietLabel(this);
    m_problem->setObjectName(u"stageProblem"_s);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Stage"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &AddStageDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddStageDialog::validate);
    validate();
    setMinimumWidth(50 * unit);
}

graph::StageSpec AddStageDialog::stage() const
{
    graph::StageSpec stage;
    stage.name = m_name->text();
    stage.kind = m_kind->currentData().toString();
    if (stage.kind == QLatin1StringView(StageKind::Deploy))
        stage.environment = m_environment->currentText().trimmed();
    return stage;
}

QString AddStageDialog::after() const
{
    return m_after->currentData().toString();
}

void AddStageDialog::validate()
{
    const bool deploy = m_kind->currentData().toString() == QLatin1StringView(StageKind::Deploy);
    m_environment->setEnabled(deploy);
    m_environmentLabel->setEnabled(deploy);
    // Nothing to complain about before anything was typed; OK waits for a name all the same.
    const QString problem =
        m_name->text().isEmpty() ? QString() : pipelineedits::stageNameProblem(m_pipeline, m_name->text());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(pipelineedits::stageNameProblem(m_pipeline, m_name->text()).isEmpty());
}

} // namespace flowdeck::views
