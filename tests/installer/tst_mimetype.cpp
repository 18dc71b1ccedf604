// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck::store;
using namespace Qt::StringLiterals;

// The file type that installer/io.flowdeck.Flowdeck.mime.xml declares, checked with Qt's own reading of the
// shared-mime-info database: a desktop that installs the file recognises workspaces by name and by content.
class TestMimeType : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workspaceRecognisedByContent();
    void plainSqliteIsNotAWorkspace();
    void workspaceRecognisedByName();

private:
    QTemporaryDir m_dir;
    QString m_files;
};

void TestMimeType::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Only this database: the system's, and what an installed package put there, must not answer for us.
    const QString packages = m_dir.filePath(u"data/mime/packages"_s);
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QFile::copy(QStringLiteral(FLOWDECK_MIME_XML), packages + u"/io.flowdeck.Flowdeck.xml"_s));
    QVERIFY2(QFile::copy(u"/usr/share/mime/packages/freedesktop.org.xml"_s, packages + u"/freedesktop.org.xml"_s),
             "shared-mime-info is not installed");
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dir.filePath(u"data"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"home"_s)));
    m_files = m_dir.filePath(u"files"_s);
    QVERIFY(QDir().mkpath(m_files));
    QVERIFY(QMimeDatabase().mimeTypeForName(u"application/x-flowdeck-workspace"_s).isValid());
}

void TestMimeType::workspaceRecognisedByContent()
{
    // No .flowdeck suffix: only the header (SQLite, application_id "FLDK") can tell.
    const QString path = m_files + u"/copied-from-mail.bin"_s;
    {
        auto workspace = Workspace::create(path);
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().message));
    }
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent);
    QCOMPARE(type.name(), u"application/x-flowdeck-workspace"_s);
    QVERIFY(type.inherits(u"application/vnd.sqlite3"_s));
    QCOMPARE(type.comment(), u"Flowdeck workspace"_s);
}

void TestMimeType::plainSqliteIsNotAWorkspace()
{
    const QString path = m_files + u"/other.bin"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
        db.setDatabaseName(path);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s),
                 qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"plain"_s);
    QCOMPARE(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name(), u"application/vnd.sqlite3"_s);
}

void TestMimeType::workspaceRecognisedByName()
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(u"release-2025.flowdeck"_s, QMimeDatabase::MatchExtension);
    QCOMPARE(type.name(), u"application/x-flowdeck-workspace"_s);
    QCOMPARE(type.preferredSuffix(), u"flowdeck"_s);
}

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
