// SPDX-License-Identifier: GPL-3.0-or-later
// The step editor of the Value stream page, driven by the keyboard, and the what-if panel's prediction and comparison
// table; expected texts are worked out by hand from the steps and results given.
#include "valuestream/stepeditor.h"
#include "valuestream/whatifpanel.h"

#include "valuestream/comparison.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::views;
using namespace flowdeck::valuestream;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

Step reviewStep()
{
    Step step;
    step.id = 12;
    step.sourceKey = u"review"_s;
    step.name = u"Review"_s;
    step.kind = QString::fromLatin1(StepKind::Review);
    step.waitMs = 16 * Hour;
    step.processMs = Hour + 30 * Minute;
    step.pctCompleteAccurate = 90.0;
    step.people = 2.0;
    step.wip = 5;
    step.measured = true;
    step.notes = u"Reviews wait for the one senior."_s;
    step.improvementIdeas = u"Automate the approval\nSmaller batches"_s;
    step.sampleCount = 42;
    step.waitSamplesMs = {8 * Hour, 16 * Hour, 30 * Hour};
    step.processSamplesMs = {Hour, 2 * Hour};
    return step;
}

template<typename T>
T *child(QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

QString labelText(QWidget &parent, const QString &name)
{
    return child<QLabel>(parent, name)->text();
}

/// Replaces the text of a line or spin box as a user would: select all, type, Enter.
void retype(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Backspace);
    // One key per character; keyClicks() would send "—" as Latin-1.
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, field,
                            c.unicode() < 128 ? QTest::asciiToKey(char(c.unicode())) : Qt::Key_unknown, QString(c),
                            Qt::NoModifier);
    QTest::keyClick(field, Qt::Key_Return);
}

QColor foreground(QTableWidget *table, int row, int column)
{
    return table->item(row, column)->foreground().color();
}

const QColor green(0x00, 0x9E, 0x73);
const QColor vermillion(0xD5, 0x5E, 0x00);
const QColor orange(0xE6, 0x9F, 0x00);

SimulationResult simulated(double p50, double p85, double p95, QList<double> leadTimes)
{
    SimulationResult result;
    result.trials = 10'000;
    result.p50Ms = p50;
    result.p85Ms = p85;
    result.p95Ms = p95;
    result.leadTimesMs = std::move(leadTimes);
    result.minMs = result.leadTimesMs.first();
    result.maxMs = result.leadTimesMs.last();
    return result;
}

/// Pixels of `colour` (within a small tolerance for antialiasing) in the widget as painted.
int pixelsOf(QWidget *widget, const QColor &colour)
{
    const QImage image = widget->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 8 && std::abs(c.green() - colour.green()) < 8 &&
                std::abs(c.blue() - colour.blue()) < 8)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestStepEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void setStepShowsValues();
    void editingWaitEmitsOnce();
    void invalidDurationIsAnError();
    void emptyDurationClears();
    void dashClearsPct();
    void spinBoxesCommitOnce();
    void ideasRoundTrip();
    void nameAndKind();
    void emptyStateAndReadOnly();

    void whatIfShowsPrediction();
    void whatIfShowsComparison();
    void whatIfBusyAndMessage();

private:
    StepEditor *m_editor = nullptr;
};

void TestStepEditor::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestStepEditor::init()
{
    m_editor = new StepEditor;
    m_editor->resize(360, 640);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor));
}

void TestStepEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
}

void TestStepEditor::setStepShowsValues()
{
    QSignalSpy edited(m_editor, &StepEditor::stepEdited);
    m_editor->setStep(reviewStep(), Statistic::Median);
    QVERIFY(m_editor->hasStep());
    QCOMPARE(child<QLineEdit>(*m_editor, u"name"_s)->text(), u"Review"_s);
    auto *kind = child<QComboBox>(*m_editor, u"kind"_s);
    QCOMPARE(kind->currentData().toString(), u"review"_s);
    QCOMPARE(kind->currentText(), u"Code review"_s);
    QCOMPARE(kind->count(), 9);
    QCOMPARE(child<QLineEdit>(*m_editor, u"wait"_s)->text(), u"16 h"_s);
    QCOMPARE(child<QLineEdit>(*m_editor, u"process"_s)->text(), u"1 h 30 min"_s);
    QCOMPARE(child<QLineEdit>(*m_editor, u"wait"_s)->placeholderText(), u"e.g. 3 d 4 h, 2 h 30 min, 45 min"_s);
    auto *pct = child<QDoubleSpinBox>(*m_editor, u"pctCompleteAccurate"_s);
    QCOMPARE(pct->value(), 90.0);
    QCOMPARE(pct->text(), u"90.0 %"_s);
    QCOMPARE(child<QDoubleSpinBox>(*m_editor, u"people"_s)->text(), u"2.0"_s);
    QCOMPARE(child<QSpinBox>(*m_editor, u"wip"_s)->text(), u"5"_s);
    QCOMPARE(child<QPlainTextEdit>(*m_editor, u"notes"_s)->toPlainText(), u"Reviews wait for the one senior."_s);
    QCOMPARE(child<QPlainTextEdit>(*m_editor, u"ideas"_s)->toPlainText(), u"Automate the approval\nSmaller batches"_s);
    QCOMPARE(labelText(*m_editor, u"measured"_s), u"Measured: median of 42 records"_s);
    QVERIFY(child<QLineEdit>(*m_editor, u"wait"_s)->isVisible());

    m_editor->setStep(reviewStep(), Statistic::P85);
    QCOMPARE(labelText(*m_editor, u"measured"_s), u"Measured: p85 of 42 records"_s);

    // A workshop estimate without %C&A, people or WIP: the dashes.
    Step board;
    board.id = -3;
    board.name = u"Change advisory board"_s;
    board.kind = QString::fromLatin1(StepKind::Approval);
    board.waitMs = 3 * Day + 4 * Hour;
    m_editor->setStep(board, Statistic::Median);
    QCOMPARE(child<QLineEdit>(*m_editor, u"wait"_s)->text(), u"3 d 4 h"_s);
    QCOMPARE(child<QLineEdit>(*m_editor, u"process"_s)->text(), QString());
    QCOMPARE(pct->text(), u"—"_s);
    QCOMPARE(child<QDoubleSpinBox>(*m_editor, u"people"_s)->text(), u"—"_s);
    QCOMPARE(child<QSpinBox>(*m_editor, u"wip"_s)->text(), u"—"_s);
    QCOMPARE(labelText(*m_editor, u"measured"_s), u"≈ Estimate: entered by hand, not measured"_s);
    QVERIFY(child<QLineEdit>(*m_editor, u"wait"_s)->font().italic());

    QCOMPARE(edited.count(), 0);
}

void TestStepEditor::editingWaitEmitsOnce()
{
    m_editor->setStep(reviewStep(), Statistic::Median);
    QSignalSpy edited(m_editor, &StepEditor::stepEdited);
    auto *wait = child<QLineEdit>(*m_editor, u"wait"_s);
    retype(wait, u"2h 5min"_s);
    QCOMPARE(edited.count(), 1);
    const auto after = edited.at(0).at(0).value<Step>();
    QCOMPARE(edited.at(0).at(1).toString(), u"Change wait of “Review”"_s);
    QCOMPARE(after.waitMs, std::optional<qint64>(2 * Hour + 5 * Minute));
    QVERIFY(!after.measured);
    // Everything else as it was, the source key and the samples too.
    Step expected = reviewStep();
    expected.waitMs = 2 * Hour + 5 * Minute;
    expected.measured = false;
    QCOMPARE(after, expected);
    QCOMPARE(m_editor->step(), expected);
    QCOMPARE(wait->text(), u"2 h 5 min"_s);
    QCOMPARE(labelText(*m_editor, u"measured"_s), u"≈ Estimate: its measured time was changed by hand"_s);

    // Leaving the field, or Enter again, without typing: no second edit.
    QTest::keyClick(wait, Qt::Key_Return);
    child<QLineEdit>(*m_editor, u"process"_s)->setFocus();
    QCOMPARE(edited.count(), 1);

    // The same duration written another way is no edit either.
    retype(wait, u"125 min"_s);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(wait->text(), u"2 h 5 min"_s);

    // The process time, typed as a number alone: hours.
    retype(child<QLineEdit>(*m_editor, u"process"_s), u"1.5"_s);
    QCOMPARE(edited.count(), 1); // 1.5 h is the 1 h 30 min it was
    retype(child<QLineEdit>(*m_editor, u"process"_s), u"3"_s);
    QCOMPARE(edited.count(), 2);
    QCOMPARE(edited.at(1).at(0).value<Step>().processMs, std::optional<qint64>(3 * Hour));
    QCOMPARE(edited.at(1).at(1).toString(), u"Change process time of “Review”"_s);
}

void TestStepEditor::invalidDurationIsAnError()
{
    m_editor->setStep(reviewStep(), Statistic::Median);
    QSignalSpy edited(m_editor, &StepEditor::stepEdited);
    auto *wait = child<QLineEdit>(*m_editor, u"wait"_s);
    auto *error = child<QLabel>(*m_editor, u"waitError"_s);
    QVERIFY(!error->isVisible());

    retype(wait, u"soon"_s);
    QCOMPARE(edited.count(), 0);
    QVERIFY(error->isVisible());
    QVERIFY2(m_editor->waitError().startsWith(u"“soon” is not a duration"_s), qPrintable(m_editor->waitError()));
    QCOMPARE(wait->text(), u"soon"_s); // left to be corrected
    QCOMPARE(m_editor->step().waitMs, std::optional<qint64>(16 * Hour));
    QVERIFY(m_editor->step().measured);

    retype(child<QLineEdit>(*m_editor, u"process"_s), u"3 parsecs"_s);
    QCOMPARE(edited.count(), 0);
    QVERIFY(m_editor->processError().contains(u"“parsecs” is not a unit of time"_s));

    // Corrected: the error goes and the edit is made.
    retype(wait, u"4 h"_s);
    QCOMPARE(edited.count(), 1);
    QVERIFY(!error->isVisible());
    QVERIFY(m_editor->waitError().isEmpty());
    QCOMPARE(edited.at(0).at(0).value<Step>().waitMs, std::optional<qint64>(4 * Hour));

    // A new step clears the errors.
    m_editor->setStep(reviewStep(), Statistic::Median);
    QVERIFY(m_editor->processError().isEmpty());
}

void TestStepEditor::emptyDurationClears()
{
    m_editor->setStep(reviewStep(), Statistic::Median);
    QSignalSpy edited(m_editor, &StepEditor::stepEdited);
    retype(child<QLineEdit>(*m_editor, u"wait"_s), QString());
    QCOMPARE(edited.count(), 1);
    const auto after = edited.at(0).at(0).value<Step>();
    QVERIFY(!after.waitMs);
    QVERIFY(!after.measured);
    QVERIFY(m_editor->waitError().isEmpty());
}

void TestStepEditor::dashClearsPct()
{
    m_editor->setStep(reviewStep(), Statistic::Median);
    QSignalSpy edited(m_editor, &StepEditor::stepEdited);
    auto *pct = child<QDoubleSpinBox>(*m_editor, u"pctCompleteAccurate"_s);

    retype(pct, u"—"_s);
    QCOMPARE(edited.count(), 1);
    auto after = edited.at(0).at(0).value<Step>();
    QVERIFY(!after.pctCompleteAccurate);
    QVERIFY(!after.measured);
    QCOMPARE(edited.at(0).at(1).toString(), u"Change %C&A of “Review”"_s);
    QCOMPARE(pct->text(), u"—"_s);

    retype(pct, u"97.5"_s);
    QCOMPARE(edited.count(), 2);
    QCOMPARE(edited.at(1).at(0).value<Step>().pctCompleteAccurate, std::optional<double>(97.5));

    // Emptied, the box means none as well.
    retype(pct, QString());
    QCOMPARE(edited.count(), 3);
    QVERIFY(!edited.at(2).at(0).value<Step>().pctCompleteAccurate);
    QCOMPARE(pct->text(), u"—"_s);
}

void TestStepEditor::spinBoxesCommitOnce()
{
    m_editor->setStep(reviewStep(), Statistic::Median);
    QSignalSpy edited(m_editor, &StepEditor::stepEdited);
    auto *people = child<QDoubleSpinBox>(*m_editor, u"people"_s);
    auto *wip = child<QSpinBox>(*m_editor, u"wip"_s);

    // Through the boxes without changing anything.
    people->setFocus();
    wip->setFocus();
    child<QPlainTextEdit>(*m_editor, u"notes"_s)->setFocus();
    QCOMPARE(edited.count(), 0);

    retype(people, u"3.5"_s);
    QCOMPARE(edited.count(), 1);
    auto after = edited.at(0).at(0).value<Step>();
    QCOMPARE(after.people, std::optional<double>(3.5));
    QVERIFY(after.measured); // people are no measured time
    QCOMPARE(edited.at(0).at(1).toString(), u"Change people of “Review”"_s);
    wip->setFocus(); // leaving after Enter: still one edit
    QCOMPARE(edited.count(), 1);

    retype(wip, u"—"_s);
    QCOMPARE(edited.count(), 2);
    QVERIFY(!edited.at(1).at(0).value<Step>().wip);
    QCOMPARE(edited.at(1).at(0).value<Step>().people, std::optional<double>(3.5));
    QCOMPARE(edited.at(1).at(1).toString(), u"Change WIP of “Review”"_s);
}

void TestStepEditor::ideasRoundTrip()
{
    m_editor->setStep(reviewStep(), Statistic::Median);
    QSignalSpy edited(m_editor, &StepEditor::stepEdited);
    auto *ideas = child<QPlainTextEdit>(*m_editor, u"ideas"_s);
    auto *notes = child<QPlainTextEdit>(*m_editor, u"notes"_s);

    ideas->setFocus();
    ideas->moveCursor(QTextCursor::End);
    QTest::keyClick(ideas, Qt::Key_Return);
    QTest::keyClick(ideas, Qt::Key_Return);
    QTest::keyClicks(ideas, u"  Pair on reviews  "_s);
    QCOMPARE(edited.count(), 0); // nothing while typing
    notes->setFocus();
    QCOMPARE(edited.count(), 1);
    const auto after = edited.at(0).at(0).value<Step>();
    QCOMPARE(after.improvementIdeas, u"Automate the approval\nSmaller batches\nPair on reviews"_s);
    QCOMPARE(after.ideas(), (QStringList{u"Automate the approval"_s, u"Smaller batches"_s, u"Pair on reviews"_s}));
    QVERIFY(after.measured);
    QCOMPARE(edited.at(0).at(1).toString(), u"Change Kaizen ideas of “Review”"_s);
    QCOMPARE(ideas->toPlainText(), u"Automate the approval\nSmaller batches\nPair on reviews"_s);

    // In and out again: no edit. The step shown again: the same ideas.
    ideas->setFocus();
    notes->setFocus();
    QCOMPARE(edited.count(), 1);
    m_editor->setStep(after, Statistic::Median);
    QCOMPARE(ideas->toPlainText(), after.improvementIdeas);

    // Notes are kept as typed.
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, u" Ask Dana."_s);
    ideas->setFocus();
    QCOMPARE(edited.count(), 2);
    QCOMPARE(edited.at(1).at(0).value<Step>().notes, u"Reviews wait for the one senior. Ask Dana."_s);
    QCOMPARE(edited.at(1).at(1).toString(), u"Change notes of “Review”"_s);
}

void TestStepEditor::nameAndKind()
{
    m_editor->setStep(reviewStep(), Statistic::Median);
    QSignalSpy edited(m_editor, &StepEditor::stepEdited);
    auto *name = child<QLineEdit>(*m_editor, u"name"_s);

    retype(name, u"   "_s);
    QCOMPARE(edited.count(), 0);
    QVERIFY(child<QLabel>(*m_editor, u"nameError"_s)->isVisible());

    retype(name, u"Peer review"_s);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).value<Step>().name, u"Peer review"_s);
    QVERIFY(edited.at(0).at(0).value<Step>().measured);
    QCOMPARE(edited.at(0).at(1).toString(), u"Rename “Review” to “Peer review”"_s);
    QVERIFY(!child<QLabel>(*m_editor, u"nameError"_s)->isVisible());

    // The kind box, by keyboard: one down from "review" is "build".
    auto *kind = child<QComboBox>(*m_editor, u"kind"_s);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(edited.count(), 2);
    QCOMPARE(edited.at(1).at(0).value<Step>().kind, u"build"_s);
    QCOMPARE(edited.at(1).at(0).value<Step>().name, u"Peer review"_s);
    QCOMPARE(edited.at(1).at(1).toString(), u"Change kind of “Peer review”"_s);
}

void TestStepEditor::emptyStateAndReadOnly()
{
    QSignalSpy edited(m_editor, &StepEditor::stepEdited);
    QVERIFY(!m_editor->hasStep());
    auto *empty = child<QLabel>(*m_editor, u"emptyState"_s);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"Select a step to edit it"_s);

    m_editor->setStep(reviewStep(), Statistic::Median);
    QVERIFY(!empty->isVisible());
    auto *wait = child<QLineEdit>(*m_editor, u"wait"_s);

    // Clearing while a field has the focus and a typed text emits nothing.
    wait->setFocus();
    QTest::keyClicks(wait, u" 3 h"_s);
    m_editor->clear();
    QVERIFY(empty->isVisible());
    QVERIFY(!m_editor->hasStep());
    QCOMPARE(edited.count(), 0);

    m_editor->setStep(reviewStep(), Statistic::Median);
    m_editor->setReadOnly(true);
    QVERIFY(m_editor->isReadOnly());
    retype(wait, u"1 h"_s);
    QCOMPARE(wait->text(), u"16 h"_s);
    QVERIFY(!child<QComboBox>(*m_editor, u"kind"_s)->isEnabled());
    QVERIFY(child<QPlainTextEdit>(*m_editor, u"ideas"_s)->isReadOnly());
    QCOMPARE(edited.count(), 0);

    m_editor->setReadOnly(false);
    retype(wait, u"1 h"_s);
    QCOMPARE(edited.count(), 1);
}

void TestStepEditor::whatIfShowsPrediction()
{
    WhatIfPanel panel;
    panel.resize(480, 720);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.title(), u"Predicted lead time"_s);

    // Lead times from 1 d to 8 d; p50 3 d 4 h, p85 5 d, p95 6 d 12 h.
    panel.setCurrentSimulation(simulated(double(3 * Day + 4 * Hour), double(5 * Day), double(6 * Day + 12 * Hour),
                                         {double(Day), double(3 * Day), double(5 * Day), double(8 * Day)}));
    QCOMPARE(panel.title(), u"Predicted lead time (10,000 trials)"_s);
    QCOMPARE(labelText(panel, u"currentP50"_s), u"3 d 4 h"_s);
    QCOMPARE(labelText(panel, u"currentP85"_s), u"5 d"_s);
    QCOMPARE(labelText(panel, u"currentP95"_s), u"6 d 12 h"_s);
    QVERIFY(!child<QLabel>(panel, u"futureP50"_s)->isVisible());
    QVERIFY(!child<QLabel>(panel, u"changeP50"_s)->isVisible());
    QCOMPARE(panel.hint(), u"Copy this map as its future state to compare"_s);
    QVERIFY(child<QLabel>(panel, u"futureStateHint"_s)->isVisible());
    QVERIFY(!child<QTableWidget>(panel, u"comparisonTable"_s)->isVisible());
    auto *sketch = child<QWidget>(panel, u"leadTimeSketch"_s);
    QVERIFY(sketch->isVisible());
    QCOMPARE(pixelsOf(sketch, orange), 0);

    // The future: p50 1 d 2 h (2 d 2 h shorter), p85 2 d (3 d shorter), p95 7 d (12 h longer).
    panel.setFutureSimulation(simulated(double(Day + 2 * Hour), double(2 * Day), double(7 * Day),
                                        {double(12 * Hour), double(Day), double(2 * Day), double(9 * Day)}));
    QCOMPARE(labelText(panel, u"futureP50"_s), u"1 d 2 h"_s);
    QCOMPARE(labelText(panel, u"futureP85"_s), u"2 d"_s);
    QCOMPARE(labelText(panel, u"futureP95"_s), u"7 d"_s);
    QCOMPARE(labelText(panel, u"changeP50"_s), u"▼ 2 d 2 h"_s);
    QCOMPARE(labelText(panel, u"changeP85"_s), u"▼ 3 d"_s);
    QCOMPARE(labelText(panel, u"changeP95"_s), u"▲ 12 h"_s);
    QCOMPARE(child<QLabel>(panel, u"changeP50"_s)->palette().color(QPalette::WindowText), green);
    QCOMPARE(child<QLabel>(panel, u"changeP95"_s)->palette().color(QPalette::WindowText), vermillion);
    QVERIFY(child<QLabel>(panel, u"futureP50"_s)->isVisible());
    QVERIFY(panel.hint().isEmpty());
    // The future state's curve is drawn, in orange.
    QVERIFY(pixelsOf(sketch, orange) > 0);

    // Back to no future state: only the current prediction and the hint.
    panel.setFutureSimulation(std::nullopt);
    QVERIFY(!child<QLabel>(panel, u"futureP50"_s)->isVisible());
    QCOMPARE(panel.hint(), u"Copy this map as its future state to compare"_s);
}

void TestStepEditor::whatIfShowsComparison()
{
    const auto step = [](Id id, const QString &key, const QString &name, qint64 waitMs, qint64 processMs, double pct) {
        Step s;
        s.id = id;
        s.sourceKey = key;
        s.name = name;
        s.waitMs = waitMs;
        s.processMs = processMs;
        s.pctCompleteAccurate = pct;
        return s;
    };
    Map current;
    current.steps = {step(1, u"review"_s, u"Review"_s, 16 * Hour, Hour, 90.0),
                     step(2, u"stage:security"_s, u"Security review"_s, 2 * Day, Hour, 100.0),
                     step(3, u"deploy"_s, u"Deploy"_s, 4 * Hour, 30 * Minute, 90.0)};
    Map future;
    future.steps = {step(11, u"review"_s, u"Review"_s, 4 * Hour, Hour, 95.0),
                    step(12, QString(), u"Automated scan"_s, 0, 15 * Minute, 98.0),
                    step(13, u"deploy"_s, u"Deploy"_s, 4 * Hour, 30 * Minute, 90.0)};
    const auto comparison = compareMaps(current, future);
    QVERIFY2(comparison.ok(), qPrintable(comparison.errorMessage()));

    WhatIfPanel panel;
    panel.resize(640, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setComparison(*comparison);
    auto *table = child<QTableWidget>(panel, u"comparisonTable"_s);
    QVERIFY(table->isVisible());
    QVERIFY(panel.hint().isEmpty());

    const auto rowText = [table](int row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells.append(table->item(row, column)->text());
        return cells;
    };
    QCOMPARE(table->rowCount(), 8);
    // Leads: Review 17 h -> 5 h; the security gate 2 d 1 h, removed; the scan 15 min, new; Deploy 4 h 30 min.
    QCOMPARE(rowText(0), (QStringList{u"Review"_s, u"17 h"_s, u"5 h"_s, u"▼ 12 h"_s}));
    QCOMPARE(rowText(1), (QStringList{u"Security review (removed)"_s, u"2 d 1 h"_s, u"—"_s, u"▼ 2 d 1 h"_s}));
    QCOMPARE(rowText(2), (QStringList{u"Automated scan (new)"_s, u"—"_s, u"15 min"_s, u"▲ 15 min"_s}));
    QCOMPARE(rowText(3), (QStringList{u"Deploy"_s, u"4 h 30 min"_s, u"4 h 30 min"_s, u"= no change"_s}));
    // Total lead 17 h + 49 h + 4 h 30 min = 70 h 30 min; 5 h + 15 min + 4 h 30 min = 9 h 45 min; 60 h 45 min less.
    QCOMPARE(rowText(4),
             (QStringList{u"Total lead time"_s, u"2 d 22 h 30 min"_s, u"9 h 45 min"_s, u"▼ 2 d 12 h 45 min"_s}));
    // Total process 1 h + 1 h + 30 min = 2 h 30 min; 1 h + 15 min + 30 min = 1 h 45 min.
    QCOMPARE(rowText(5), (QStringList{u"Total process time"_s, u"2 h 30 min"_s, u"1 h 45 min"_s, u"▼ 45 min"_s}));
    // Activity ratio 150 / 4230 min = 3.5 %; 105 / 585 min = 17.9 %; 14.4 points up.
    QCOMPARE(rowText(6), (QStringList{u"Activity ratio"_s, u"3.5 %"_s, u"17.9 %"_s, u"▲ 14.4 pp"_s}));
    // Rolled %C&A 0.90 x 1.00 x 0.90 = 81 %; 0.95 x 0.98 x 0.90 = 83.79 %; 2.79 points up.
    QCOMPARE(rowText(7), (QStringList{u"Rolled %C&A"_s, u"81.0 %"_s, u"83.8 %"_s, u"▲ 2.8 pp"_s}));

    // Shorter is better for times, higher for the ratio and %C&A.
    QCOMPARE(foreground(table, 0, 3), green);
    QCOMPARE(foreground(table, 2, 3), vermillion);
    QCOMPARE(foreground(table, 6, 3), green);
    QVERIFY(table->item(1, 0)->font().strikeOut());
    QVERIFY(table->item(4, 0)->font().bold());
    QVERIFY(table->item(0, 0)->toolTip().contains(u"Wait: 16 h → 4 h"_s));

    panel.setComparison(std::nullopt);
    QVERIFY(!table->isVisible());
    QCOMPARE(panel.hint(), u"Copy this map as its future state to compare"_s);
}

void TestStepEditor::whatIfBusyAndMessage()
{
    WhatIfPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *busy = child<QWidget>(panel, u"busy"_s);
    QVERIFY(!busy->isVisible());
    panel.setRunning(true);
    QVERIFY(panel.isRunning());
    QVERIFY(busy->isVisible());
    panel.setRunning(false);
    QVERIFY(!busy->isVisible());

    panel.setMessage(u"The current state cannot be simulated: the step “Build” has a negative wait."_s);
    QCOMPARE(panel.message(), u"The current state cannot be simulated: the step “Build” has a negative wait."_s);
    panel.setMessage(QString());
    QVERIFY(panel.message().isEmpty());
}

QTEST_MAIN(TestStepEditor)
#include "tst_stepeditor.moc"
