// SPDX-License-Identifier: GPL-3.0-or-later
// Flowdeck's own YAML files and the DOT export. The files in data/graph were written by hand in the canonical
// form; the expected specs below are read off those files.
#include "graph/dotexport.h"
#include "graph/nativeformat.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::graph;
using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(FLOWDECK_TEST_DATA "/graph/") + name;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(path));
    return file.readAll();
}

StageSpec stage(const QString &name, const QString &kind, const QStringList &needs = {}, int line = 0,
                const QString &file = {})
{
    StageSpec s;
    s.name = name;
    s.kind = kind;
    s.needs = needs;
    s.location = SourceLocation{file, line, line > 0 ? 5 : 0};
    return s;
}

/// The stage names of odd-names.yml, as the file means them.
QStringList oddNames()
{
    return {u"build: fast"_s,
            u"# not a comment"_s,
            u"  leading spaces"_s,
            u"trailing space "_s,
            u"Übersetzung prüfen ✓"_s,
            u""_s,
            u"true"_s,
            u"42"_s,
            u"say \"hi\""_s,
            u"back\\slash"_s,
            u"C:\\temp"_s,
            u"line\nbreak\ttab"_s,
            u"bell\a, escape\x1b and \x01"_s,
            u"next\u0085line\u2028separator"_s,
            u"🚀 launch"_s,
            u"-dash"_s,
            u"[bracketed]"_s,
            u"Null"_s};
}

} // namespace

class TestGraphFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pipelineFileReadsAsWritten()
    {
        const QString path = dataFile(u"checkout.yml"_s);
        auto loaded = loadPipelineFile(path);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QVERIFY(loaded->notes.isEmpty());
        PipelineSpec expected{u"checkout"_s,
                              {stage(u"build"_s, u"build"_s, {}, 4, path),
                               stage(u"unit-tests"_s, u"test"_s, {u"build"_s}, 7, path),
                               stage(u"dependency-scan"_s, u"security"_s, {u"build"_s}, 11, path),
                               stage(u"approve"_s, u"approval"_s, {u"unit-tests"_s, u"dependency-scan"_s}, 16, path),
                               stage(u"deploy-staging"_s, u"deploy"_s, {u"approve"_s}, 21, path),
                               stage(u"deploy-production"_s, u"deploy"_s, {u"deploy-staging"_s}, 26, path)}};
        expected.stages[0].matrixSize = 3;
        expected.stages[2].uses = u"org/scans/.github/workflows/deps.yml@v2"_s;
        expected.stages[4].environment = u"staging"_s;
        expected.stages[5].environment = u"production"_s;
        QCOMPARE(loaded->pipeline, expected);
    }

    void pipelineRoundTripsByteForByte()
    {
        const QByteArray file = contents(dataFile(u"checkout.yml"_s));
        auto loaded = parsePipelineYaml(file, u"checkout.yml"_s);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(pipelineToYaml(loaded->pipeline), file);
    }

    void environmentsRoundTripByteForByte()
    {
        const QString path = dataFile(u"environments.yml"_s);
        auto loaded = loadEnvironmentsFile(path);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QVERIFY(loaded->notes.isEmpty());
        const EnvironmentGraphSpec expected{
            {EnvironmentSpec{u"dev"_s, u"development"_s, {u"test"_s}, SourceLocation{path, 3, 5}},
             EnvironmentSpec{u"test"_s, u"testing"_s, {u"staging"_s}, SourceLocation{path, 7, 5}},
             EnvironmentSpec{u"staging"_s, u"staging"_s, {u"production"_s}, SourceLocation{path, 11, 5}},
             EnvironmentSpec{u"production"_s, u"production"_s, {}, SourceLocation{path, 15, 5}},
             EnvironmentSpec{u"hotfix"_s, u"other"_s, {u"production"_s}, SourceLocation{path, 17, 5}}}};
        QCOMPARE(loaded->environments, expected);
        QCOMPARE(environmentsToYaml(loaded->environments), contents(path));
    }

    void oddNamesAreQuotedOnlyWhereNeeded()
    {
        const QByteArray file = contents(dataFile(u"odd-names.yml"_s));
        auto loaded = parsePipelineYaml(file, u"odd-names.yml"_s);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->pipeline.name, u"odd: names"_s);
        QStringList names;
        for (const StageSpec &s : std::as_const(loaded->pipeline.stages))
            names.append(s.name);
        QCOMPARE(names, oddNames());
        const StageSpec &last = loaded->pipeline.stages.constLast();
        QCOMPARE(last.environment, u"prod #1"_s);
        QCOMPARE(last.needs, QStringList({u"build: fast"_s, u""_s, u"Übersetzung prüfen ✓"_s}));
        QCOMPARE(pipelineToYaml(loaded->pipeline), file);

        // Written from names given in code, the file comes out the same.
        PipelineSpec spec{u"odd: names"_s, {}};
        const QStringList kinds{u"build"_s, u"test"_s, u"test"_s, u"test"_s, u"test"_s};
        for (const QString &name : oddNames())
            spec.stages.append(stage(name, kinds.value(spec.stages.size(), u"other"_s)));
        spec.stages.last().kind = u"deploy"_s;
        spec.stages.last().environment = u"prod #1"_s;
        spec.stages.last().needs = last.needs;
        QCOMPARE(pipelineToYaml(spec), file);
    }

    void emptyListsAndDefaults()
    {
        QCOMPARE(pipelineToYaml(PipelineSpec{u"empty"_s, {}}), "# Flowdeck pipeline\npipeline: empty\nstages: []\n");
        QCOMPARE(environmentsToYaml(EnvironmentGraphSpec{}), "# Flowdeck environments\nenvironments: []\n");
        auto empty = parsePipelineYaml("# Flowdeck pipeline\npipeline: empty\nstages: []\n", u"e.yml"_s);
        QVERIFY2(empty, qPrintable(empty.errorMessage()));
        QCOMPARE(empty->pipeline, (PipelineSpec{u"empty"_s, {}}));
        // A stage without a kind is "other"; a kind left empty is written as "other".
        auto bare = parsePipelineYaml("pipeline: p\nstages:\n  - name: a\n", u"p.yml"_s);
        QVERIFY2(bare, qPrintable(bare.errorMessage()));
        QCOMPARE(bare->pipeline.stages.value(0).kind, u"other"_s);
        QCOMPARE(pipelineToYaml(PipelineSpec{u"p"_s, {stage(u"a"_s, {})}}),
                 "# Flowdeck pipeline\npipeline: p\nstages:\n  - name: a\n    kind: other\n");
    }

    void hardWrittenFileWithNotes()
    {
        const QByteArray text = "# Flowdeck pipeline\n"
                                "pipeline: checkout\n"
                                "owner: platform team\n"
                                "stages:\n"
                                "  - name: build\n"
                                "    kind: build\n"
                                "    colour: blue\n"
                                "  - name: test\n"
                                "    needs: [build, build]\n"
                                "---\n"
                                "pipeline: second\n";
        auto loaded = parsePipelineYaml(text, u"ci.yml"_s);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->pipeline, (PipelineSpec{u"checkout"_s,
                                                 {stage(u"build"_s, u"build"_s, {}, 5, u"ci.yml"_s),
                                                  stage(u"test"_s, u"other"_s, {u"build"_s}, 8, u"ci.yml"_s)}}));
        QCOMPARE(loaded->notes,
                 QList<Note>(
                     {Note{SourceLocation{u"ci.yml"_s, 11, 1}, u"Only the first YAML document of the file is read."_s},
                      Note{SourceLocation{u"ci.yml"_s, 3, 1}, u"Unknown key “owner” ignored."_s},
                      Note{SourceLocation{u"ci.yml"_s, 7, 5}, u"Unknown key “colour” ignored."_s},
                      Note{SourceLocation{u"ci.yml"_s, 9, 20}, u"“build” is listed twice in “needs”."_s}}));
        // Saved, it takes the canonical form.
        QCOMPARE(pipelineToYaml(loaded->pipeline), "# Flowdeck pipeline\n"
                                                   "pipeline: checkout\n"
                                                   "stages:\n"
                                                   "  - name: build\n"
                                                   "    kind: build\n"
                                                   "  - name: test\n"
                                                   "    kind: other\n"
                                                   "    needs:\n"
                                                   "      - build\n");
    }

    void errorsNameFileLineAndColumn()
    {
        const QByteArray text = "pipeline: checkout\n"
                                "stages:\n"
                                "  - name: build\n"
                                "    kind: compile\n"
                                "  - name: test\n"
                                "    needs: build\n"
                                "    matrix: many\n"
                                "  - just a string\n"
                                "  - kind: test\n"
                                "    kind: build\n";
        auto loaded = parsePipelineYaml(text, u"broken.yml"_s);
        QVERIFY(!loaded);
        QCOMPARE(loaded.errorMessage(),
                 u"broken.yml:4:11: Unknown stage kind “compile”; it must be one of build, test, security, approval, "
                 u"deploy, other.\n"
                 u"broken.yml:6:12: The value of “needs” must be a list of names.\n"
                 u"broken.yml:7:13: The value of “matrix” must be a whole number of 1 or more.\n"
                 u"broken.yml:8:5: Each stage must be a map with at least a “name”.\n"
                 u"broken.yml:10:5: The key “kind” is given more than once here.\n"
                 u"broken.yml:9:5: The stage has no “name”."_s);
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        // The mis-indented key on line 4 (column 4) ends the list of stages where YAML cannot continue it.
        QTest::newRow("bad indent") << QByteArray("pipeline: x\nstages:\n  - name: a\n   kind: build\n")
                                    << u"f.yml:4:4: This is not well-formed YAML: end of sequence not found"_s;
        QTest::newRow("tab") << QByteArray("pipeline: x\n\tstages: []\n")
                             << u"f.yml:2:1: This is not well-formed YAML: illegal tab when looking for indentation"_s;
        QTest::newRow("empty") << QByteArray()
                               << u"f.yml: The file is empty; expected a map with the keys “pipeline” and “stages”."_s;
        QTest::newRow("comment only")
            << QByteArray("# Flowdeck pipeline\n")
            << u"f.yml: The file is empty; expected a map with the keys “pipeline” and “stages”."_s;
        QTest::newRow("a list") << QByteArray("- build\n- test\n")
                                << u"f.yml:1:1: Expected a map with the keys “pipeline” and “stages”."_s;
        QTest::newRow("no pipeline key") << QByteArray("stages: []\n")
                                         << u"f.yml:1:1: The pipeline has no name: the key “pipeline” is missing."_s;
        QTest::newRow("no name") << QByteArray("pipeline:\nstages: []\n")
                                 << u"f.yml:1:1: “pipeline:” must be followed by the pipeline's name."_s;
        QTest::newRow("name is a map") << QByteArray("pipeline: {a: b}\n")
                                       << u"f.yml:1:11: The value of “pipeline” must be text, not a list or a map."_s;
        QTest::newRow("stages not a list")
            << QByteArray("pipeline: x\nstages: build\n") << u"f.yml:2:9: The value of “stages” must be a list."_s;
        QTest::newRow("need is a map") << QByteArray("pipeline: x\nstages:\n  - name: a\n    needs:\n      - b: c\n")
                                       << u"f.yml:5:9: Each entry of “needs” must be a name, not a list or a map."_s;
        // yaml-cpp alone would hand out empty documents here for ever.
        QTest::newRow("stray comma") << QByteArray(",\n")
                                     << u"f.yml:1:1: This is not well-formed YAML: no value can start here."_s;
        // yaml-cpp builds the alias as a cycle; walking it would never end.
        QTest::newRow("recursive alias")
            << QByteArray("pipeline: x\nstages: &s\n  - name: a\n    needs: *s\n")
            << u"f.yml:2:1: Values nest more than 200 levels deep (does an alias refer to itself?)."_s;
    }

    void aliasBombs_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("use");
        QTest::addColumn<bool>("environments");
        QTest::newRow("pipeline") << QByteArray("pipeline: lol\n")
                                  << QByteArray("stages:\n  - name: a\n    needs: *a7\n") << false;
        QTest::newRow("environments") << QByteArray("environments:\n  - name: dev\n    promotes_to: *a7\n")
                                      << QByteArray() << true;
    }

    // Nine to the eighth values from a few hundred bytes. Refused at the first key whose value passes the bound,
    // in a small fraction of the time walking them would take.
    void aliasBombs()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, use);
        QFETCH(bool, environments);
        QByteArray anchors = "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (int level = 1; level <= 7; ++level) {
            const QByteArray previous = "*a" + QByteArray::number(level - 1);
            QByteArrayList items;
            for (int i = 0; i < 9; ++i)
                items.append(previous);
            anchors +=
                "x" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [" + items.join(", ") + "]\n";
        }
        // The environments' bomb is used before its anchors are all defined, so the anchors come first there too.
        const QByteArray text = environments ? QByteArray(anchors + header) : QByteArray(header + anchors + use);
        QElapsedTimer timer;
        timer.start();
        const QString error = environments ? parseEnvironmentsYaml(text, u"f.yml"_s).errorMessage()
                                           : parsePipelineYaml(text, u"f.yml"_s).errorMessage();
        const int bombLine = environments ? 6 : 7; // x5, where the values passed 100,000
        QCOMPARE(error, u"f.yml:%1:1: The aliases here expand to more than 100000 values; a Flowdeck file has a few "
                        u"hundred."_s.arg(bombLine));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void malformedFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        auto loaded = parsePipelineYaml(text, u"f.yml"_s);
        QVERIFY(!loaded);
        QCOMPARE(loaded.errorMessage(), error);
    }

    void environmentErrors()
    {
        const QByteArray text = "environments:\n"
                                "  - name: dev\n"
                                "    tier: dev\n"
                                "    promotes_to: test\n"
                                "  - tier: production\n";
        auto loaded = parseEnvironmentsYaml(text, u"envs.yml"_s);
        QVERIFY(!loaded);
        QCOMPARE(loaded.errorMessage(), u"envs.yml:3:11: Unknown tier “dev”; it must be one of development, testing, "
                                        u"staging, production, other.\n"
                                        u"envs.yml:4:18: The value of “promotes_to” must be a list of names.\n"
                                        u"envs.yml:5:5: The environment has no “name”."_s);
        auto missing = parseEnvironmentsYaml("pipeline: x\n", u"envs.yml"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.errorMessage(), u"envs.yml:1:1: The key “environments” is missing."_s);
    }

    void unreadableFile()
    {
        const QString path = dataFile(u"no-such-file.yml"_s);
        auto loaded = loadPipelineFile(path);
        QVERIFY(!loaded);
        QVERIFY2(loaded.errorMessage().startsWith(u"Cannot read "_s + path + u": "_s),
                 qPrintable(loaded.errorMessage()));
    }

    void documentKinds()
    {
        QCOMPARE(nativeDocumentKind(contents(dataFile(u"checkout.yml"_s))), NativeDocument::Pipeline);
        QCOMPARE(nativeDocumentKind(contents(dataFile(u"environments.yml"_s))), NativeDocument::Environments);
        QCOMPARE(nativeDocumentKind("jobs:\n  build:\n    runs-on: ubuntu-latest\n"), NativeDocument::None);
        QCOMPARE(nativeDocumentKind("::: [ not yaml"), NativeDocument::None);
        QCOMPARE(nativeDocumentKind(""), NativeDocument::None);
    }

    void dotExportEscapesNames()
    {
        StageSpec deploy = stage(u"two\nlines"_s, u"deploy"_s, {u"C:\\temp"_s, u"say \"hi\""_s, u"unknown"_s});
        deploy.environment = u"prod"_s;
        const PipelineSpec pipeline{u"shop \"main\""_s,
                                    {stage(u"say \"hi\""_s, u"build"_s),
                                     stage(u"C:\\temp"_s, u"test"_s, {u"say \"hi\""_s, u"say \"hi\""_s}), deploy}};
        QCOMPARE(pipelineToDot(pipeline), contents(dataFile(u"shop.dot"_s)));
    }
};

QTEST_GUILESS_MAIN(TestGraphFormat)
#include "tst_graphformat.moc"
