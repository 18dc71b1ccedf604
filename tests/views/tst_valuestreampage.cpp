// SPDX-License-Identifier: GPL-3.0-or-later
// The Value stream page on a hand-built workspace file (tests/support/valuestreamfixture.h works its map out by
// hand): what it derives and shows, edits with undo and redo stored in the workspace, a future state compared and
// simulated, a stale edit refused, export and presentation.
#include "common/scopebar.h"
#include "store/workspace.h"
#include "valuestream/mapstore.h"
#include "valuestream/stepeditor.h"
#include "valuestream/valuestreampage.h"
#include "valuestream/whatifpanel.h"
#include "valuestreamfixture.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace flowdeck;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;

namespace {

using Side = ValueStreamPage::Side;

/// What an edit can change of the steps, to tell whether the workspace has the page's last edit.
QStringList figures(const valuestream::Map &map)
{
    QStringList list;
    for (const valuestream::Step &step : map.steps) {
        list.append(u"%1 %2 %3 %4 %5"_s.arg(step.name)
                        .arg(step.waitMs.value_or(-1))
                        .arg(step.processMs.value_or(-1))
                        .arg(step.pctCompleteAccurate.value_or(-1))
                        .arg(step.measured));
    }
    return list;
}

QStringList names(const valuestream::Map &map)
{
    QStringList list;
    for (const valuestream::Step &step : map.steps)
        list.append(step.name);
    return list;
}

} // namespace

class TestValueStreamPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheDerivedMap();
    void editsAreStoredAndUndone();
    void reorderAndEditStep();
    void futureStateComparedAndSimulated();
    void staleEditRefused();
    void exportAndPresentation();

private:
    /// The page on the workspace, waited for until ready.
    void openPage();
    /// Waits until both editors have stored everything.
    bool waitForSaves();
    std::optional<valuestream::Map> storedCurrent() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<store::Workspace> m_workspace;
    testing::ValueStreamHistory m_history;
    std::unique_ptr<ValueStreamPage> m_page;
};

void TestValueStreamPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created = store::Workspace::create(m_dir->filePath(u"shop.flowdeck"_s));
    QVERIFY2(created, qPrintable(created.errorMessage()));
    m_workspace = *created;
    QString error;
    m_history = testing::buildValueStreamHistory(*m_workspace, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The scope the page finds kept in the workspace: the shop, March 2024.
    ScopeBar::Settings settings;
    settings.serviceIds = {m_history.shop};
    settings.period = ScopeBar::Period::Custom;
    settings.from = QDate(2024, 3, 1);
    settings.to = QDate(2024, 3, 31);
    QVERIFY(ScopeBar::writeSettings(*m_workspace, settings));
    openPage();
}

void TestValueStreamPage::cleanup()
{
    m_page.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestValueStreamPage::openPage()
{
    m_page = std::make_unique<ValueStreamPage>();
    m_page->resize(1400, 900);
    m_page->show();
    QSignalSpy ready(m_page.get(), &Page::ready);
    m_page->setWorkspace(m_workspace);
    QVERIFY(ready.wait(10'000) || m_page->isReady());
}

bool TestValueStreamPage::waitForSaves()
{
    // The last edit is stored when the workspace has the revision and the steps the page shows (a save in flight
    // has not yet raised the page's revision, so the steps' figures are compared too).
    return QTest::qWaitFor(
        [this] {
            const auto current = m_page->map(Side::Current);
            const auto stored = storedCurrent();
            return current && current->id != 0 && stored && stored->revision == current->revision &&
                   figures(*stored) == figures(*current);
        },
        5000);
}

std::optional<valuestream::Map> TestValueStreamPage::storedCurrent() const
{
    auto maps = valuestream::listMaps(m_workspace->connection());
    if (!maps)
        return std::nullopt;
    for (const valuestream::MapSummary &summary : *maps) {
        if (summary.state == valuestream::MapState::Current) {
            auto map = valuestream::loadMap(m_workspace->connection(), summary.id);
            if (map)
                return *map;
        }
    }
    return std::nullopt;
}

void TestValueStreamPage::showsTheDerivedMap()
{
    const auto map = m_page->map(Side::Current);
    QVERIFY(map);
    QCOMPARE(names(*map),
             (QStringList{u"Coding"_s, u"Review"_s, u"build"_s, u"change-approval"_s, u"deploy-production"_s}));
    // Not stored until edited.
    QCOMPARE(map->id, 0);
    QVERIFY(!storedCurrent());

    const MapDrawing &drawing = m_page->canvas(Side::Current)->drawing();
    QVERIFY(drawing.analysis);
    QCOMPARE(drawing.analysis->totalLeadMs, (52 * 60 + 40) * 60'000LL);
    QVERIFY(drawing.analysis->bottleneck);
    QCOMPARE(map->steps.at(map->indexOfStep(drawing.analysis->bottleneck->id)).name, u"change-approval"_s);
    QVERIFY(!m_page->canvas(Side::Future)->isVisible());

    auto *summary = m_page->findChild<QLabel *>(u"valueStreamSummary"_s);
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(u"Bottleneck: change-approval"_s), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(u"5 measured step(s)"_s) || summary->text().contains(u"5 measured steps"_s));

    // The prediction of the current state is on show, with no future state to compare.
    QVERIFY(QTest::qWaitFor([this] { return !m_page->whatIfPanel()->isRunning(); }, 5000));
    QVERIFY(!m_page->whatIfPanel()->hint().isEmpty());
}

void TestValueStreamPage::editsAreStoredAndUndone()
{
    // A workshop step after the approval gate: the first edit keeps the map in the workspace.
    const auto before = *m_page->map(Side::Current);
    m_page->selectStep(Side::Current, before.steps.at(3).id);
    QVERIFY(m_page->addStepAction()->isEnabled());
    m_page->addStepAction()->trigger();
    auto after = *m_page->map(Side::Current);
    QCOMPARE(after.steps.size(), 6);
    QCOMPARE(after.steps.at(4).name, u"New step"_s);
    QCOMPARE(after.steps.at(4).measured, false);
    QVERIFY(waitForSaves());
    auto stored = storedCurrent();
    QVERIFY(stored);
    QCOMPARE(names(*stored), names(after));
    QCOMPARE(stored->steps.at(4).measured, false);
    QVERIFY(!stored->steps.at(3).sourceKey.isEmpty());

    QUndoStack *undo = m_page->undoStack();
    QCOMPARE(undo->undoText(), u"Add step"_s);
    undo->undo();
    QCOMPARE(m_page->map(Side::Current)->steps.size(), 5);
    QVERIFY(waitForSaves());
    QCOMPARE(storedCurrent()->steps.size(), 5);
    undo->redo();
    QCOMPARE(m_page->map(Side::Current)->steps.size(), 6);
    QVERIFY(waitForSaves());
    QCOMPARE(storedCurrent()->steps.size(), 6);

    // Remove the selected (new) step: the steps around it join again.
    const auto now = *m_page->map(Side::Current);
    m_page->selectStep(Side::Current, now.steps.at(4).id);
    m_page->removeStepAction()->trigger();
    QCOMPARE(names(*m_page->map(Side::Current)), names(before));
    QVERIFY(undo->undoText().startsWith(u"Remove"_s));
    QVERIFY(waitForSaves());
    QCOMPARE(names(*storedCurrent()), names(before));
}

void TestValueStreamPage::reorderAndEditStep()
{
    const auto map = *m_page->map(Side::Current);
    // Drag "build" before "Review".
    emit const_cast<MapCanvas *>(m_page->canvas(Side::Current))->moveRequested(map.steps.at(2).id, 1);
    QCOMPARE(names(*m_page->map(Side::Current)),
             (QStringList{u"Coding"_s, u"build"_s, u"Review"_s, u"change-approval"_s, u"deploy-production"_s}));
    m_page->moveLeftAction()->trigger(); // build is selected: to the front
    QCOMPARE(m_page->map(Side::Current)->steps.constFirst().name, u"build"_s);

    // The step editor's edit of the approval's wait, as the editor sends it.
    auto current = *m_page->map(Side::Current);
    const int approval = current.indexOfStep(current.steps.at(3).id);
    QCOMPARE(current.steps.at(approval).name, u"change-approval"_s);
    m_page->selectStep(Side::Current, current.steps.at(approval).id);
    QVERIFY(m_page->stepEditor()->hasStep());
    valuestream::Step edited = current.steps.at(approval);
    edited.waitMs = 2 * 3'600'000;
    edited.measured = false;
    emit m_page->stepEditor()->stepEdited(edited, u"Change wait of “change-approval”"_s);
    QCOMPARE(m_page->map(Side::Current)->steps.at(approval).waitMs, 2 * 3'600'000LL);
    QCOMPARE(m_page->undoStack()->undoText(), u"Change wait of “change-approval”"_s);
    // The bottleneck moves on to the review.
    const MapDrawing &drawing = m_page->canvas(Side::Current)->drawing();
    QVERIFY(drawing.analysis && drawing.analysis->bottleneck);
    const auto shown = *m_page->map(Side::Current);
    QCOMPARE(shown.steps.at(shown.indexOfStep(drawing.analysis->bottleneck->id)).name, u"Review"_s);
    QVERIFY(waitForSaves());
    const auto stored = storedCurrent();
    QCOMPARE(stored->steps.constFirst().name, u"build"_s);
    QCOMPARE(stored->steps.at(approval).waitMs, 2 * 3'600'000LL);
    QCOMPARE(stored->steps.at(approval).measured, false);
}

void TestValueStreamPage::futureStateComparedAndSimulated()
{
    QVERIFY(m_page->futureStateAction()->isEnabled());
    m_page->futureStateAction()->trigger();
    QVERIFY(QTest::qWaitFor([this] { return m_page->map(Side::Future).has_value(); }, 5000));
    const auto future = *m_page->map(Side::Future);
    const auto current = *m_page->map(Side::Current);
    QVERIFY(current.id != 0);
    QCOMPARE(future.basedOnId, std::optional<Id>(current.id));
    QCOMPARE(names(future), names(current));
    QVERIFY(m_page->canvas(Side::Future)->isVisible());
    QCOMPARE(m_page->activeSide(), Side::Future);

    // Remove the approval gate in the future state.
    m_page->selectStep(Side::Future, future.steps.at(3).id);
    m_page->removeStepAction()->trigger();
    QCOMPARE(m_page->map(Side::Future)->steps.size(), 4);
    QCOMPARE(m_page->map(Side::Current)->steps.size(), 5);
    // Both maps share one time scale: the current state's lead time.
    QCOMPARE(m_page->canvas(Side::Future)->drawing().scaleMs, (52 * 60 + 40) * 60'000LL);

    // The what-if compares the two.
    WhatIfPanel *panel = m_page->whatIfPanel();
    QVERIFY(QTest::qWaitFor([panel] { return !panel->isRunning(); }, 5000));
    QVERIFY(panel->hint().isEmpty());
    // Without the gate's 30 h 5 min: 22 h 35 min.
    const MapDrawing &drawing = m_page->canvas(Side::Future)->drawing();
    QVERIFY(drawing.analysis);
    QCOMPARE(drawing.analysis->totalLeadMs, (22 * 60 + 35) * 60'000LL);
    auto stored = valuestream::listMaps(m_workspace->connection());
    QVERIFY(stored);
    QCOMPARE(stored->size(), 2);
    QVERIFY(QTest::qWaitFor(
        [this] {
            auto maps = valuestream::listMaps(m_workspace->connection());
            for (const auto &summary : *maps) {
                if (summary.state == valuestream::MapState::Future) {
                    auto map = valuestream::loadMap(m_workspace->connection(), summary.id);
                    return map && map->steps.size() == 4;
                }
            }
            return false;
        },
        5000));
}

void TestValueStreamPage::staleEditRefused()
{
    // Store the map with a first edit, then change it elsewhere.
    m_page->selectStep(Side::Current, m_page->map(Side::Current)->steps.at(0).id);
    m_page->addStepAction()->trigger();
    QVERIFY(waitForSaves());
    auto other = store::Workspace::open(m_workspace->path());
    QVERIFY(other);
    auto elsewhere = valuestream::loadMap((*other)->connection(), m_page->map(Side::Current)->id);
    QVERIFY(elsewhere);
    elsewhere->notes = u"changed in another window"_s;
    QVERIFY(valuestream::saveMap(**other, *elsewhere));

    // The page's next edit is refused and said so; the user's change stays on show.
    m_page->selectStep(Side::Current, m_page->map(Side::Current)->steps.at(1).id);
    m_page->removeStepAction()->trigger();
    QCOMPARE(m_page->map(Side::Current)->steps.size(), 5);
    auto *message = m_page->findChild<QWidget *>(u"valueStreamMessage"_s);
    QVERIFY(message);
    QVERIFY(QTest::qWaitFor([message] { return message->isVisible(); }, 5000));
    const QStringList texts = [message] {
        QStringList list;
        for (const QLabel *label : message->findChildren<QLabel *>())
            list.append(label->text());
        return list;
    }();
    QVERIFY2(texts.join(u' ').contains(u"changed elsewhere"_s), qPrintable(texts.join(u' ')));
    QCOMPARE(m_page->map(Side::Current)->steps.size(), 5);
    // The workspace still has the other window's version: six steps and its notes.
    auto stored = valuestream::loadMap(m_workspace->connection(), m_page->map(Side::Current)->id);
    QVERIFY(stored);
    QCOMPARE(stored->steps.size(), 6);
    QCOMPARE(stored->notes, u"changed in another window"_s);
}

void TestValueStreamPage::exportAndPresentation()
{
    QSignalSpy finished(m_page.get(), &ValueStreamPage::exportFinished);
    const QString path = m_dir->filePath(u"map.svg"_s);
    m_page->exportTo(path);
    // Told from the event loop, not from within exportTo().
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(0).at(0).toString(), path);
    QVERIFY2(finished.at(0).at(1).toString().isEmpty(), qPrintable(finished.at(0).at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svg.contains("change-approval"));

    // A PNG is encoded and written on a worker thread: Export… waits meanwhile, and a second export is not started.
    const QString png = m_dir->filePath(u"map.png"_s);
    finished.clear();
    m_page->exportTo(png);
    QVERIFY(m_page->isExporting());
    QVERIFY(!m_page->exportAction()->isEnabled());
    m_page->exportTo(m_dir->filePath(u"second.png"_s));
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(0).at(0).toString(), png);
    QVERIFY2(finished.at(0).at(1).toString().isEmpty(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!m_page->isExporting());
    QVERIFY(m_page->exportAction()->isEnabled());
    const QImage image(png);
    QVERIFY(image.width() > 400);
    QVERIFY(!image.hasAlphaChannel());
    QVERIFY(!QFile::exists(m_dir->filePath(u"second.png"_s)));
    const QStringList shown = [this] {
        QStringList texts;
        for (const QLabel *label : m_page->findChildren<QLabel *>())
            texts.append(label->text());
        return texts;
    }();
    QVERIFY2(shown.join(u' ').contains(QDir::toNativeSeparators(png)), qPrintable(shown.join(u' ')));

    // A folder that is not there: the error names the file, through the same signal, and Export… is usable again.
    finished.clear();
    const QString nowhere = m_dir->filePath(u"missing/map.png"_s);
    m_page->exportTo(nowhere);
    QVERIFY(finished.wait(10'000));
    QVERIFY2(finished.at(0).at(1).toString().contains(QDir::toNativeSeparators(nowhere)),
             qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(m_page->exportAction()->isEnabled());

    // Closing the page while a PNG is written does not stop the file from being finished.
    const QString closing = m_dir->filePath(u"closing.png"_s);
    m_page->exportTo(closing);
    QVERIFY(m_page->isExporting());
    m_page.reset();
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(closing); }, 10'000));
    QTRY_VERIFY(!QImage(closing).isNull());
    openPage();

    m_page->setPresenting(true);
    QVERIFY(m_page->isPresenting());
    auto *canvas = [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *found = widget->findChild<MapCanvas *>(); found && found->drawing().presentation)
                return found;
        }
        return static_cast<MapCanvas *>(nullptr);
    }();
    QVERIFY(canvas);
    QCOMPARE(canvas->drawing().map.steps.size(), 5);
    m_page->setPresenting(false);
    QVERIFY(!m_page->isPresenting());
}

QTEST_MAIN(TestValueStreamPage)
#include "tst_valuestreampage.moc"
