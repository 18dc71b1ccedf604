// SPDX-License-Identifier: GPL-3.0-or-later
// The backends and deployment calendar dialogs on a real workspace, used through their widgets.
#include "common/messagebar.h"
#include "release/backendstore.h"
#include "release/calendar.h"
#include "releases/backendsdialog.h"
#include "releases/windowsdialog.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace flowdeck;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;

class TestReleaseDialogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<store::Workspace> m_workspace;

    int count(const QString &sql) const
    {
        auto query = store::runQuery(m_workspace->connection(), u"test"_s, sql);
        return query && query->next() ? query->value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        auto created = store::Workspace::create(m_dir.filePath(u"dialogs.flowdeck"_s));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_workspace = *created;
        QVERIFY(m_workspace->write([](QSqlDatabase &db) -> Result<void> {
            auto ran = store::runQuery(db, u"test"_s,
                                       u"INSERT INTO environments (name, tier) VALUES ('staging', 'staging'), "
                                       "('production', 'production')"_s);
            return ran ? Result<void>() : Result<void>(ran.error());
        }));
    }

    void backendsAreAddedThroughTheForm()
    {
        BackendsDialog dialog(m_workspace);
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>(u"backendName"_s);
        auto *config = dialog.findChild<QPlainTextEdit *>(u"backendConfig"_s);
        auto *check = dialog.findChild<QLabel *>(u"backendCheck"_s);
        auto *apply = dialog.findChild<QPushButton *>(u"applyBackend"_s);
        // An empty workspace starts with a new process backend from its example.
        QVERIFY(config->toPlainText().contains(u"\"program\""_s));
        QTest::keyClicks(name, u"ship-it"_s);
        config->setPlainText(
            u"{\"program\": \"/usr/local/bin/ship\", \"arguments\": [\"{service}\", \"{environment}\"]}"_s);
        QVERIFY2(check->text().contains(u"/usr/local/bin/ship shop production"_s), qPrintable(check->text()));
        QVERIFY(apply->isEnabled());
        // A broken config says why and cannot be applied.
        config->setPlainText(u"{\"program\": 3}"_s);
        QVERIFY2(check->text().contains(u"ship-it"_s), qPrintable(check->text()));
        QVERIFY(!apply->isEnabled());
        config->setPlainText(u"{\"program\": \"/usr/local/bin/ship\"}"_s);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(count(u"SELECT COUNT(*) FROM backends WHERE name = 'ship-it' AND kind = 'process' AND enabled = 1"_s),
                 1);
        QVERIFY(dialog.changedBackends());
        QCOMPARE(dialog.findChild<QListWidget *>(u"backendList"_s)->count(), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'backend.create'"_s), 1);

        // A second one of another kind starts from that kind's example.
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addBackend"_s), Qt::LeftButton);
        auto *kind = dialog.findChild<QComboBox *>(u"backendKind"_s);
        kind->setCurrentIndex(kind->findData(u"webhook"_s));
        QVERIFY(config->toPlainText().contains(u"\"url\""_s));
        QTest::keyClicks(name, u"hook"_s);
        dialog.findChild<QCheckBox *>(u"backendEnabled"_s)->setChecked(false);
        QTest::mouseClick(apply, Qt::LeftButton);
        auto backends = release::BackendStore::list(m_workspace->connection());
        QVERIFY(backends);
        QCOMPARE(backends->size(), 2);
        QCOMPARE(backends->first().name, u"hook"_s);
        QCOMPARE(backends->first().kind, u"webhook"_s);
        QVERIFY(!backends->first().enabled);

        // A name taken already is refused in the message bar, and nothing changes.
        name->setText(u"ship-it"_s);
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(dialog.findChild<MessageBar *>()->text().contains(u"already"_s));
        QCOMPARE(count(u"SELECT COUNT(*) FROM backends"_s), 2);

        QTest::mouseClick(dialog.findChild<QPushButton *>(u"removeBackend"_s), Qt::LeftButton);
        QCOMPARE(count(u"SELECT COUNT(*) FROM backends"_s), 1);
    }

    void blackoutsAreAddedThroughTheForm()
    {
        WindowsDialog dialog(m_workspace);
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>(u"windowName"_s);
        auto *kind = dialog.findChild<QComboBox *>(u"windowKind"_s);
        auto *environment = dialog.findChild<QComboBox *>(u"windowEnvironment"_s);
        auto *recurrence = dialog.findChild<QComboBox *>(u"windowRecurrence"_s);
        auto *now = dialog.findChild<QLabel *>(u"windowNow"_s);
        name->setText(u"Incident freeze"_s);
        kind->setCurrentIndex(kind->findData(u"blackout"_s));
        environment->setCurrentIndex(environment->findText(u"production"_s));
        recurrence->setCurrentIndex(recurrence->findData(u"once"_s));
        dialog.findChild<QComboBox *>(u"windowZone"_s)->setCurrentText(u"UTC"_s);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
        dialog.findChild<QDateTimeEdit *>(u"windowStartsAt"_s)->setDateTime(start.toTimeZone(QTimeZone::utc()));
        dialog.findChild<QDateTimeEdit *>(u"windowEndsAt"_s)->setDateTime(end.toTimeZone(QTimeZone::utc()));
        // The edited entry already tells what it means: production is held, staging is not.
        QVERIFY2(now->text().contains(u"staging: deployments allowed"_s), qPrintable(now->text()));
        QVERIFY2(now->text().contains(u"Incident freeze"_s), qPrintable(now->text()));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"applyWindow"_s), Qt::LeftButton);
        QVERIFY(dialog.changedWindows());
        auto calendar = release::DeploymentCalendar::load(m_workspace->connection());
        QVERIFY(calendar);
        QCOMPARE(calendar->windows().size(), 1);
        const DeploymentWindow &stored = calendar->windows().first();
        QCOMPARE(stored.kind, u"blackout"_s);
        QCOMPARE(stored.recurrence, u"once"_s);
        QCOMPARE(stored.startsAt.value() / 60'000, start.toMSecsSinceEpoch() / 60'000);
        const Timestamp inside = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(!calendar->isAllowed(count(u"SELECT id FROM environments WHERE name = 'production'"_s), inside));
        QVERIFY(calendar->isAllowed(count(u"SELECT id FROM environments WHERE name = 'staging'"_s), inside));

        // A weekly window without a weekday is refused with the reason.
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addWindow"_s), Qt::LeftButton);
        for (int day = 1; day <= 7; ++day)
            dialog.findChild<QCheckBox *>(u"weekday%1"_s.arg(day))->setChecked(false);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"applyWindow"_s), Qt::LeftButton);
        QVERIFY2(dialog.findChild<MessageBar *>()->text().contains(u"weekday"_s),
                 qPrintable(dialog.findChild<MessageBar *>()->text()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM deployment_windows"_s), 1);
    }
};

QTEST_MAIN(TestReleaseDialogs)
#include "tst_releasedialogs.moc"
