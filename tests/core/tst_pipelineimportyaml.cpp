// SPDX-License-Identifier: GPL-3.0-or-later
// What every importer shares: files that are not YAML (or are cut short) are refused with the file, line and
// column; YAML quirks are read as the tools read them; the format is told from the name or the content.
#include "pipelineimporttesting.h"

#include "graph/import/pipelineimport.h"

#include <QTest>

using namespace flowdeck;
using namespace flowdeck::graph;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(flowdeck::graph::PipelineFormat)

class TestPipelineImportYaml : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// The error of importing `text` as a GitHub workflow; empty when the import worked.
    QString importError(const QByteArray &text)
    {
        const QString path = writeDefinition(m_dir, u".github/workflows/bad.yml"_s, text);
        auto result = importPipelineFile(path);
        return result.ok() ? QString() : result.errorMessage();
    }

    QString badFile() const { return m_dir.filePath(u".github/workflows/bad.yml"_s); }

private slots:
    void syntaxErrorsNameFileLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        // needs: is indented one space less than runs-on: on line 5, column 4.
        QTest::newRow("indentation") << QByteArray("on: push\n"
                                                   "jobs:\n"
                                                   "  build:\n"
                                                   "    runs-on: x\n"
                                                   "   needs: y\n")
                                     << u", line 5, column 4"_s;
        QTest::newRow("tab") << QByteArray("jobs:\n\tbuild: {}\n") << u", line 2"_s;
        // Cut short inside a list: the list is still open at the end of the file (line 5, column 1).
        QTest::newRow("truncated list") << QByteArray("on: push\n"
                                                      "jobs:\n"
                                                      "  a:\n"
                                                      "    needs: [x, y\n")
                                        << u", line 5, column 1"_s;
        QTest::newRow("truncated mapping") << QByteArray("jobs:\n"
                                                         "  a:\n"
                                                         "    environment: {name: x\n")
                                           << u", line 4, column 1"_s;
        // Cut short inside a quoted text: where the quote opens.
        QTest::newRow("truncated double quote") << QByteArray("on: push\n"
                                                              "jobs:\n"
                                                              "  a:\n"
                                                              "    steps:\n"
                                                              "      - run: \"echo hi\n")
                                                << u", line 5, column 14"_s;
        QTest::newRow("truncated single quote") << QByteArray("jobs:\n"
                                                              "  a:\n"
                                                              "    name: 'it''s\n")
                                                << u", line 3, column 11"_s;
        QTest::newRow("truncated quoted key") << QByteArray("jobs:\n  \"a:\n") << u", line 2, column 3"_s;
        QTest::newRow("undefined alias") << QByteArray("jobs:\n  a: *nothing\n") << u", line 2, column 6"_s;
        QTest::newRow("NUL byte") << QByteArray("jobs:\n  a: {}\0\n", 14) << u", line 2, column 8"_s;
        QTest::newRow("not UTF-8") << QByteArray("name: caf\xe9\njobs: {}\n") << u", line 1, column 10"_s;
        // yaml-cpp's LoadAll would read empty documents from a stray comma for ever.
        QTest::newRow("stray comma") << QByteArray(",nclude:\n  - x\n") << u", line 1, column 1"_s;
        QTest::newRow("stray comma in a later document")
            << QByteArray("on: push\njobs: {a: {}}\n---\n,\n") << u", line 4, column 1"_s;
        QTest::newRow("prose") << QByteArray("This is a letter,\nnot a pipeline.\n") << u", line 1, column 1"_s;
    }

    void syntaxErrorsNameFileLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        const QString error = importError(text);
        QVERIFY2(error.startsWith(badFile() + where), qPrintable(error));
        // detectPipelineFormat reads the file too.
        auto detected = detectPipelineFormat(badFile());
        QVERIFY(!detected.ok());
        QCOMPARE(detected.errorMessage(), error);
    }

    void quotesThatAreClosedAreFine()
    {
        QCOMPARE(importError("on: push\n"
                             "jobs:\n"
                             "  a:\n"
                             "    name: \"say \\\"hi\\\"\"\n"
                             "    env: {A: 'it''s', B: \"multi\n"
                             "      line\"}\n"),
                 QString());
    }

    void filesThatHoldNoDefinition()
    {
        QVERIFY(importError("").contains(u"empty"_s));
        QVERIFY(importError("# only a comment\n").contains(u"empty"_s));
        const QString missing = m_dir.filePath(u"missing.yml"_s);
        auto result = importPipelineFile(missing);
        QVERIFY(!result.ok());
        QVERIFY(result.errorMessage().contains(missing));
        auto folder = importPipelineFile(m_dir.path());
        QVERIFY(!folder.ok());
    }

    void aliasesThatDoNotEnd()
    {
        // An alias inside its own anchor.
        QVERIFY(importError("jobs: &x\n  a: *x\n").startsWith(badFile()));
        // Ten lists of ten, each made of the one before: 10^8 values if expanded.
        QByteArray laughs = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int level = 1; level < 9; ++level) {
            const QByteArray previous = "*l" + QByteArray::number(level - 1);
            laughs += "l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [" + previous;
            for (int i = 1; i < 10; ++i)
                laughs += ", " + previous;
            laughs += "]\n";
        }
        laughs += "jobs:\n  a: {}\n";
        const QString error = importError(laughs);
        QVERIFY2(error.startsWith(badFile()), qPrintable(error));
        QVERIFY(error.contains(u"100000"_s));
    }

    void duplicateKeysKeepTheLastValue()
    {
        const QString path = writeDefinition(m_dir, u".github/workflows/dup.yml"_s,
                                             "on: push\n"
                                             "jobs:\n"
                                             "  a:\n"
                                             "    runs-on: x\n"
                                             "  b:\n"
                                             "    needs: a\n"
                                             "  a:\n"
                                             "    needs: b\n");
        auto imported = importPipelineFile(path);
        QVERIFY(imported.ok());
        QCOMPARE(stageNames(imported->pipeline), (QStringList{u"a"_s, u"b"_s}));
        // The later a (line 7) replaces the first, so the workflow has a cycle; the analyses report it.
        QCOMPARE(edgeList(imported->pipeline), (QStringList{u"a -> b"_s, u"b -> a"_s}));
        QCOMPARE(noteLines(imported->notes), QList<int>{7});
        QCOMPARE(imported->notes.at(0).location, (SourceLocation{path, 7, 3}));
        QVERIFY(imported->notes.at(0).message.contains(u"line 3"_s));
    }

    void gitlabHeaderDocument()
    {
        const QString path = writeDefinition(m_dir, u"templates/job.gitlab-ci.yml"_s,
                                             "spec:\n"
                                             "  inputs:\n"
                                             "    stage: {default: test}\n"
                                             "---\n"
                                             "job:\n"
                                             "  stage: $[[ inputs.stage ]]\n"
                                             "  script: make\n");
        auto imported = importPipelineFile(path);
        QVERIFY(imported.ok());
        QCOMPARE(stageNames(imported->pipeline), QStringList{u"job"_s});
        // The header is passed over (line 1); the stage, an input that is not filled in, is not declared (5).
        QCOMPARE(noteLines(imported->notes), (QList<int>{1, 5}));
    }

    void formatFromNameOrContent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<PipelineFormat>("format");
        QTest::newRow("workflow folder") << u"repo/.github/workflows/ci.yaml"_s << QByteArray("jobs: {}\n")
                                         << PipelineFormat::GitHubActions;
        QTest::newRow("on and jobs") << u"a.yml"_s << QByteArray("on: push\njobs:\n  a: {}\n")
                                     << PipelineFormat::GitHubActions;
        QTest::newRow("runs-on") << u"b.yml"_s << QByteArray("jobs:\n  a:\n    runs-on: x\n")
                                 << PipelineFormat::GitHubActions;
        QTest::newRow("gitlab name") << u"repo/.gitlab-ci.yml"_s << QByteArray("{}\n") << PipelineFormat::GitLabCi;
        QTest::newRow("gitlab name with prefix")
            << u"x__.gitlab-ci.yml"_s << QByteArray("a: b\n") << PipelineFormat::GitLabCi;
        QTest::newRow("stages") << u"c.yml"_s << QByteArray("stages: [a]\n") << PipelineFormat::GitLabCi;
        QTest::newRow("script") << u"d.yml"_s << QByteArray("build:\n  script: make\n") << PipelineFormat::GitLabCi;
        QTest::newRow("a job named jobs")
            << u"e.yml"_s << QByteArray("jobs:\n  script: make\n") << PipelineFormat::GitLabCi;
        QTest::newRow("plan") << u"f.yml"_s << QByteArray("jobs:\n- name: a\n  plan: []\n")
                              << PipelineFormat::Concourse;
        QTest::newRow("resources") << u"g.yml"_s << QByteArray("resources: []\njobs: []\n")
                                   << PipelineFormat::Concourse;
        QTest::newRow("flowdeck") << u"h.yml"_s << QByteArray("pipeline:\n  name: x\n") << PipelineFormat::Flowdeck;
    }

    void formatFromNameOrContent()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, text);
        QFETCH(PipelineFormat, format);
        const QString path = writeDefinition(m_dir, name, text);
        auto detected = detectPipelineFormat(path);
        QVERIFY2(detected.ok(), qPrintable(detected.errorMessage()));
        QCOMPARE(*detected, format);
    }

    void formatsNotRead()
    {
        const QString unknown = writeDefinition(m_dir, u"settings.yml"_s, "colour: blue\nsize: 3\n");
        auto detected = detectPipelineFormat(unknown);
        QVERIFY(!detected.ok());
        QVERIFY(detected.errorMessage().contains(unknown));
        QVERIFY(!importPipelineFile(unknown).ok());

        const QString native = writeDefinition(m_dir, u"native.yml"_s, "pipeline:\n  name: x\n");
        auto imported = importPipelineFile(native);
        QVERIFY(!imported.ok());
        QVERIFY(imported.errorMessage().contains(native));
        QVERIFY(!importPipelineFile(native, PipelineFormat::Flowdeck).ok());

        // A format given overrides what the content says; the reader then says what it misses.
        auto forced = importPipelineFile(native, PipelineFormat::GitHubActions);
        QVERIFY(!forced.ok());
        QVERIFY(forced.errorMessage().contains(u"no “jobs” key"_s));
    }

    void formatNames()
    {
        for (const PipelineFormat format : {PipelineFormat::GitHubActions, PipelineFormat::GitLabCi,
                                            PipelineFormat::Concourse, PipelineFormat::Flowdeck})
            QCOMPARE(pipelineFormatFromName(pipelineFormatName(format)), std::optional(format));
        QCOMPARE(pipelineFormatName(PipelineFormat::GitHubActions), u"github"_s);
        QCOMPARE(pipelineFormatName(PipelineFormat::GitLabCi), u"gitlab"_s);
        QCOMPARE(pipelineFormatFromName(u"GitLab"), std::optional(PipelineFormat::GitLabCi));
        QCOMPARE(pipelineFormatFromName(u"jenkins"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPipelineImportYaml)
#include "tst_pipelineimportyaml.moc"
