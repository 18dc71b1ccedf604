// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/stepeditor.h"

#include "common/format.h"
#include "common/pagestyle.h"
#include "common/statusstyle.h"
#include "valuestream/durationtext.h"
#include "valuestream/mapanalysis.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;
using valuestream::Step;

namespace {

/// The text of a spin box without its prefix and suffix, and without blanks.
QString bareText(const QString &prefix, const QString &suffix, QString text)
{
    if (!prefix.isEmpty() && text.startsWith(prefix))
        text.remove(0, prefix.size());
    if (!suffix.isEmpty() && text.endsWith(suffix))
        text.chop(suffix.size());
    return text.trimmed();
}

/// A spin box whose lowest value stands for "none": shown as its special value text ("—"), and an emptied box means
/// it too, so that a value can be cleared by deleting it.
class OptionalDoubleSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QValidator::State validate(QString &text, int &pos) const override
    {
        if (isNone(text))
            return QValidator::Acceptable;
        return QDoubleSpinBox::validate(text, pos);
    }
    double valueFromText(const QString &text) const override
    {
        return isNone(text) ? minimum() : QDoubleSpinBox::valueFromText(text);
    }

private:
    bool isNone(const QString &text) const
    {
        const QString bare = bareText(prefix(), suffix(), text);
        return bare.isEmpty() || bare == specialValueText();
    }
};

class OptionalSpinBox : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

    QValidator::State validate(QString &text, int &pos) const override
    {
        if (isNone(text))
            return QValidator::Acceptable;
        return QSpinBox::validate(text, pos);
    }
    int valueFromText(const QString &text) const override
    {
        return isNone(text) ? minimum() : QSpinBox::valueFromText(text);
    }

private:
    bool isNone(const QString &text) const
    {
        const QString bare = bareText(prefix(), suffix(), text);
        return bare.isEmpty() || bare == specialValueText();
    }
};

/// The ideas one per line, blank lines and surrounding blanks dropped.
QString ideaLines(const QString &text)
{
    Step step;
    step.improvementIdeas = text;
    return step.ideas().join(u'\n');
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, okabeIto(OkabeIto::Vermillion));
    label->setPalette(palette);
    label->hide();
    return label;
}

/// A field with its error line beneath it; the box hands its focus to the field, so that the form's label (its
/// buddy) leads there.
QWidget *withError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setFocusProxy(field);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit / 2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

StepEditor::StepEditor(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_emptyLabel = pagestyle::quietLabel(m_stack);
    m_emptyLabel->setObjectName(u"emptyState"_s);
    m_emptyLabel->setText(tr("Select a step to edit it"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMargin(2 * unit);
    m_stack->addWidget(m_emptyLabel);

    buildForm();
    clear();
}

StepEditor::~StepEditor()
{
    // The fields lose the focus while QWidget's destructor closes the window, after this part of the object is gone:
    // nothing they send may reach it then.
    for (QObject *field : std::initializer_list<QObject *>{m_name, m_kind, m_wait, m_process, m_pct, m_people, m_wip}) {
        disconnect(field, nullptr, this, nullptr);
    }
    m_notes->removeEventFilter(this);
    m_ideas->removeEventFilter(this);
}

QString StepEditor::kindLabel(const QString &kind)
{
    namespace Kind = valuestream::StepKind;
    const QByteArray key = kind.toLatin1();
    if (key == Kind::Coding)
        return tr("Coding");
    if (key == Kind::Review)
        return tr("Code review");
    if (key == Kind::Build)
        return tr("Build");
    if (key == Kind::Test)
        return tr("Test");
    if (key == Kind::Security)
        return tr("Security check");
    if (key == Kind::Approval)
        return tr("Approval");
    if (key == Kind::Deploy)
        return tr("Deployment");
    if (key == Kind::Promotion)
        return tr("Promotion");
    if (key == Kind::Other)
        return tr("Other");
    return kind;
}

void StepEditor::buildForm()
{
    m_scroll = new QScrollArea(m_stack);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *form = new QWidget(m_scroll);
    auto *outer = new QVBoxLayout(form);
    outer->setContentsMargins(unit, unit, unit, unit);
    outer->setSpacing(unit);

    m_measured = pagestyle::quietLabel(form);
    m_measured->setObjectName(u"measured"_s);
    outer->addWidget(m_measured);

    auto *fields = new QFormLayout;
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->setHorizontalSpacing(unit);
    fields->setVerticalSpacing(unit);
    outer->addLayout(fields);
    outer->addStretch(1);

    m_name = new QLineEdit(form);
    m_name->setObjectName(u"name"_s);
    m_name->setAccessibleName(tr("Step name"));
    m_name->setToolTip(tr("What the step is called on the map"));
    m_nameError = errorLabel(form);
    m_nameError->setObjectName(u"nameError"_s);
    fields->addRow(tr("&Name:"), withError(m_name, m_nameError, form));

    m_kind = new QComboBox(form);
    m_kind->setObjectName(u"kind"_s);
    for (const QString &kind : valuestream::stepKinds())
        m_kind->addItem(kindLabel(kind), kind);
    m_kind->setAccessibleName(tr("Step kind"));
    m_kind->setToolTip(tr("What kind of work the step is"));
    fields->addRow(tr("&Kind:"), m_kind);

    const QString durationPlaceholder = tr("e.g. 3 d 4 h, 2 h 30 min, 45 min");
    m_wait = new QLineEdit(form);
    m_wait->setObjectName(u"wait"_s);
    m_wait->setPlaceholderText(durationPlaceholder);
    m_wait->setAccessibleName(tr("Wait before the step"));
    m_waitError = errorLabel(form);
    m_waitError->setObjectName(u"waitError"_s);
    fields->addRow(tr("&Wait:"), withError(m_wait, m_waitError, form));

    m_process = new QLineEdit(form);
    m_process->setObjectName(u"process"_s);
    m_process->setPlaceholderText(durationPlaceholder);
    m_process->setAccessibleName(tr("Process time"));
    m_processError = errorLabel(form);
    m_processError->setObjectName(u"processError"_s);
    fields->addRow(tr("&Process time:"), withError(m_process, m_processError, form));

    m_pct = new OptionalDoubleSpinBox(form);
    m_pct->setObjectName(u"pctCompleteAccurate"_s);
    m_pct->setDecimals(1);
    m_pct->setRange(-1, 100);
    m_pct->setSingleStep(1);
    //: Shown in a number field that has no value.
    m_pct->setSpecialValueText(tr("—"));
    m_pct->setSuffix(tr(" %"));
    m_pct->setAlignment(Qt::AlignRight);
    m_pct->setAccessibleName(tr("Percent complete and accurate"));
    m_pct->setToolTip(tr("Percent complete and accurate: the share of work the next step can use as it comes, "
                         "without rework. “—” or empty for none."));
    fields->addRow(tr("%C&&A:"), m_pct);

    m_people = new OptionalDoubleSpinBox(form);
    m_people->setObjectName(u"people"_s);
    m_people->setDecimals(1);
    m_people->setRange(-0.5, 1000);
    m_people->setSingleStep(0.5);
    m_people->setSpecialValueText(tr("—"));
    m_people->setAlignment(Qt::AlignRight);
    m_people->setAccessibleName(tr("People"));
    m_people->setToolTip(tr("How many people work on the step. “—” or empty for none."));
    fields->addRow(tr("P&eople:"), m_people);

    m_wip = new OptionalSpinBox(form);
    m_wip->setObjectName(u"wip"_s);
    m_wip->setRange(-1, 1'000'000);
    m_wip->setSpecialValueText(tr("—"));
    m_wip->setAlignment(Qt::AlignRight);
    m_wip->setAccessibleName(tr("Work in progress"));
    m_wip->setToolTip(tr("How many items wait in front of the step. “—” or empty for none."));
    fields->addRow(tr("W&IP:"), m_wip);

    m_notes = new QPlainTextEdit(form);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setToolTip(tr("Notes on the step, from the workshop or the data"));
    m_notes->setMinimumHeight(6 * unit);
    m_notes->installEventFilter(this);
    fields->addRow(tr("N&otes:"), m_notes);

    m_ideas = new QPlainTextEdit(form);
    m_ideas->setObjectName(u"ideas"_s);
    m_ideas->setTabChangesFocus(true);
    m_ideas->setAccessibleName(tr("Kaizen ideas"));
    m_ideas->setToolTip(tr("Improvement ideas for the step, shown as Kaizen bursts on the map: one per line"));
    m_ideas->setMinimumHeight(6 * unit);
    m_ideas->installEventFilter(this);
    auto *ideasLabel = new QLabel(tr("Ka&izen ideas (one per line):"), form);
    ideasLabel->setBuddy(m_ideas);
    ideasLabel->setWordWrap(true);
    fields->addRow(ideasLabel);
    fields->addRow(m_ideas);

    setTabOrder(m_name, m_kind);
    setTabOrder(m_kind, m_wait);
    setTabOrder(m_wait, m_process);
    setTabOrder(m_process, m_pct);
    setTabOrder(m_pct, m_people);
    setTabOrder(m_people, m_wip);
    setTabOrder(m_wip, m_notes);
    setTabOrder(m_notes, m_ideas);

    m_scroll->setWidget(form);
    m_stack->addWidget(m_scroll);

    connect(m_name, &QLineEdit::editingFinished, this, &StepEditor::commitName);
    connect(m_kind, &QComboBox::activated, this, &StepEditor::commitKind);
    connect(m_wait, &QLineEdit::editingFinished, this, [this] { commitDuration(m_wait, m_waitError, true); });
    connect(m_process, &QLineEdit::editingFinished, this, [this] { commitDuration(m_process, m_processError, false); });
    connect(m_pct, &QAbstractSpinBox::editingFinished, this, &StepEditor::commitPct);
    connect(m_people, &QAbstractSpinBox::editingFinished, this, &StepEditor::commitPeople);
    connect(m_wip, &QAbstractSpinBox::editingFinished, this, &StepEditor::commitWip);
}

void StepEditor::setStep(const Step &step, valuestream::Statistic statistic)
{
    m_step = step;
    m_statistic = statistic;
    m_hasStep = true;
    showStep();
}

void StepEditor::clear()
{
    const bool wasShowing = m_showing;
    m_showing = true;
    m_hasStep = false;
    m_step = Step();
    m_stack->setCurrentWidget(m_emptyLabel);
    m_showing = wasShowing;
}

void StepEditor::showStep()
{
    const bool wasShowing = m_showing;
    m_showing = true;

    m_name->setText(m_step.name);
    m_nameError->hide();

    int kindIndex = m_kind->findData(m_step.kind);
    if (kindIndex < 0) {
        // A kind this version does not know (a newer workspace): shown as it is, so that it is kept.
        m_kind->addItem(kindLabel(m_step.kind), m_step.kind);
        kindIndex = m_kind->count() - 1;
    }
    m_kind->setCurrentIndex(kindIndex);

    const auto showDuration = [](QLineEdit *edit, QLabel *error, std::optional<qint64> ms, QString &shown) {
        shown = ms ? valuestream::formatDuration(*ms) : QString();
        edit->setText(shown);
        edit->setAccessibleDescription(QString());
        error->hide();
        error->clear();
    };
    showDuration(m_wait, m_waitError, m_step.waitMs, m_shownWait);
    showDuration(m_process, m_processError, m_step.processMs, m_shownProcess);

    m_pct->setValue(m_step.pctCompleteAccurate.value_or(m_pct->minimum()));
    m_shownPct = m_pct->value();
    m_people->setValue(m_step.people.value_or(m_people->minimum()));
    m_shownPeople = m_people->value();
    m_wip->setValue(m_step.wip.value_or(m_wip->minimum()));
    m_notes->setPlainText(m_step.notes);
    m_ideas->setPlainText(m_step.improvementIdeas);

    updateMeasuredText();
    m_stack->setCurrentWidget(m_scroll);
    m_showing = wasShowing;
}

void StepEditor::updateMeasuredText()
{
    const int records = m_step.sampleCount;
    const bool p85 = m_statistic == valuestream::Statistic::P85;
    QString text;
    if (m_step.measured && records > 0) {
        if (p85)
            text = records == 1 ? tr("Measured: p85 of 1 record") : tr("Measured: p85 of %n records", nullptr, records);
        else
            text = records == 1 ? tr("Measured: median of 1 record")
                                : tr("Measured: median of %n records", nullptr, records);
    } else if (m_step.measured) {
        text = p85 ? tr("Measured: p85 of the workspace's records") : tr("Measured: median of the workspace's records");
    } else if (!m_step.sourceKey.isEmpty()) {
        text = tr("≈ Estimate: its measured time was changed by hand");
    } else {
        text = tr("≈ Estimate: entered by hand, not measured");
    }
    m_measured->setText(text);
    m_measured->setAccessibleName(text);

    // Estimates look different from measurements (italic), in the fields as on the map.
    for (QWidget *field : {static_cast<QWidget *>(m_wait), static_cast<QWidget *>(m_process),
                           static_cast<QWidget *>(m_pct), static_cast<QWidget *>(m_measured)}) {
        QFont font = field->font();
        font.setItalic(!m_step.measured);
        field->setFont(font);
    }

    const auto durationTip = [](const QString &what, std::optional<qint64> ms) {
        return ms ? tr("%1\nExactly %2").arg(what, format::exactDuration(*ms)) : what;
    };
    m_wait->setToolTip(durationTip(tr("How long work waits before the step starts, e.g. “3 d 4 h”; a number alone "
                                      "means hours. Empty for none."),
                                   m_step.waitMs));
    m_process->setToolTip(durationTip(tr("How long the step works on one item (touch time), e.g. “2 h 30 min”; a "
                                         "number alone means hours. Empty for none."),
                                      m_step.processMs));
}

void StepEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_name->setReadOnly(readOnly);
    m_kind->setEnabled(!readOnly);
    m_wait->setReadOnly(readOnly);
    m_process->setReadOnly(readOnly);
    m_pct->setReadOnly(readOnly);
    m_people->setReadOnly(readOnly);
    m_wip->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    m_ideas->setReadOnly(readOnly);
    const QAbstractSpinBox::ButtonSymbols buttons =
        readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows;
    m_pct->setButtonSymbols(buttons);
    m_people->setButtonSymbols(buttons);
    m_wip->setButtonSymbols(buttons);
}

QString StepEditor::waitError() const
{
    return m_waitError->isHidden() ? QString() : m_waitError->text();
}

QString StepEditor::processError() const
{
    return m_processError->isHidden() ? QString() : m_processError->text();
}

bool StepEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_notes)
            commitNotes();
        else if (watched == m_ideas)
            commitIdeas();
    }
    return QWidget::eventFilter(watched, event);
}

void StepEditor::emitEdit(const Step &after, const QString &actionName)
{
    m_step = after;
    updateMeasuredText();
    emit stepEdited(after, actionName);
}

void StepEditor::commitName()
{
    if (m_showing || !m_hasStep || m_readOnly)
        return;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_nameError->setText(tr("A step needs a name; the name stays “%1”.").arg(m_step.name));
        m_nameError->show();
        return;
    }
    m_nameError->hide();
    if (name == m_step.name)
        return;
    Step after = m_step;
    after.name = name;
    const QString action = tr("Rename “%1” to “%2”").arg(m_step.name, name);
    m_name->setText(name);
    emitEdit(after, action);
}

void StepEditor::commitKind(int index)
{
    if (m_showing || !m_hasStep || m_readOnly || index < 0)
        return;
    const QString kind = m_kind->itemData(index).toString();
    if (kind == m_step.kind)
        return;
    Step after = m_step;
    after.kind = kind;
    emitEdit(after, tr("Change kind of “%1”").arg(m_step.name));
}

void StepEditor::commitDuration(QLineEdit *edit, QLabel *error, bool wait)
{
    if (m_showing || !m_hasStep || m_readOnly)
        return;
    QString &shown = wait ? m_shownWait : m_shownProcess;
    const QString text = edit->text();
    if (text == shown) {
        error->hide();
        edit->setAccessibleDescription(QString());
        return;
    }
    const auto read = valuestream::readDuration(text);
    if (!read) {
        error->setText(read.errorMessage());
        error->show();
        edit->setAccessibleDescription(read.errorMessage());
        return;
    }
    error->hide();
    error->clear();
    edit->setAccessibleDescription(QString());
    const std::optional<qint64> value = *read;
    shown = value ? valuestream::formatDuration(*value) : QString();
    edit->setText(shown);
    if (value == (wait ? m_step.waitMs : m_step.processMs))
        return;

    Step after = m_step;
    (wait ? after.waitMs : after.processMs) = value;
    after.measured = false;
    emitEdit(after,
             wait ? tr("Change wait of “%1”").arg(m_step.name) : tr("Change process time of “%1”").arg(m_step.name));
}

void StepEditor::commitPct()
{
    if (m_showing || !m_hasStep || m_readOnly)
        return;
    std::optional<double> value;
    if (m_pct->value() >= 0)
        value = m_pct->value();
    else
        m_pct->setValue(m_pct->minimum()); // a value typed under 0 means none, shown as "—"
    if (m_pct->value() == m_shownPct)
        return;
    m_shownPct = m_pct->value();
    Step after = m_step;
    after.pctCompleteAccurate = value;
    after.measured = false;
    emitEdit(after, tr("Change %C&A of “%1”").arg(m_step.name));
}

void StepEditor::commitPeople()
{
    if (m_showing || !m_hasStep || m_readOnly)
        return;
    std::optional<double> value;
    if (m_people->value() >= 0)
        value = m_people->value();
    else
        m_people->setValue(m_people->minimum());
    if (m_people->value() == m_shownPeople)
        return;
    m_shownPeople = m_people->value();
    Step after = m_step;
    after.people = value;
    emitEdit(after, tr("Change people of “%1”").arg(m_step.name));
}

void StepEditor::commitWip()
{
    if (m_showing || !m_hasStep || m_readOnly)
        return;
    std::optional<int> value;
    if (m_wip->value() >= 0)
        value = m_wip->value();
    if (value == m_step.wip)
        return;
    Step after = m_step;
    after.wip = value;
    emitEdit(after, tr("Change WIP of “%1”").arg(m_step.name));
}

void StepEditor::commitNotes()
{
    if (m_showing || !m_hasStep || m_readOnly)
        return;
    const QString notes = m_notes->toPlainText();
    if (notes == m_step.notes)
        return;
    Step after = m_step;
    after.notes = notes;
    emitEdit(after, tr("Change notes of “%1”").arg(m_step.name));
}

void StepEditor::commitIdeas()
{
    if (m_showing || !m_hasStep || m_readOnly)
        return;
    const QString ideas = ideaLines(m_ideas->toPlainText());
    if (ideas == ideaLines(m_step.improvementIdeas))
        return;
    Step after = m_step;
    after.improvementIdeas = ideas;
    const bool wasShowing = m_showing;
    m_showing = true;
    m_ideas->setPlainText(ideas);
    m_showing = wasShowing;
    emitEdit(after, tr("Change Kaizen ideas of “%1”").arg(m_step.name));
}

} // namespace flowdeck::views
