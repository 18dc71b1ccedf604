// SPDX-License-Identifier: GPL-3.0-or-later
// The Concourse reader on small pipelines written here, one rule each. Lines in the expectations count from the
// first line of each snippet.
#include "pipelineimporttesting.h"

#include "graph/import/pipelineimport.h"

#include <QTest>

using namespace flowdeck;
using namespace flowdeck::graph;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

class TestPipelineImportConcourse : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ImportedPipeline import(const QByteArray &text)
    {
        const QString path = writeDefinition(m_dir, u"pipeline.yml"_s, text);
        auto result = importPipelineFile(path);
        if (!result) {
            qWarning() << result.errorMessage();
            return {};
        }
        return std::move(*result);
    }

private slots:
    void passedWhereverTheGetIs()
    {
        const ImportedPipeline imported = import("resources:\n"
                                                 "- name: src\n"
                                                 "  type: git\n"
                                                 "jobs:\n"
                                                 "- name: a\n"
                                                 "  plan:\n"
                                                 "  - get: src\n"
                                                 "    trigger: true\n"
                                                 "- name: b\n"
                                                 "  plan: [{get: src}]\n"
                                                 "- name: top\n"
                                                 "  plan:\n"
                                                 "  - get: src\n"
                                                 "    passed: [a]\n"
                                                 "- name: parallel-list\n"
                                                 "  plan:\n"
                                                 "  - in_parallel:\n"
                                                 "    - get: src\n"
                                                 "      passed: [a, b]\n"
                                                 "    - get: other\n"
                                                 "- name: parallel-map\n"
                                                 "  plan:\n"
                                                 "  - in_parallel:\n"
                                                 "      limit: 2\n"
                                                 "      fail_fast: true\n"
                                                 "      steps:\n"
                                                 "      - get: src\n"
                                                 "        passed: [top]\n"
                                                 "- name: nested\n"
                                                 "  plan:\n"
                                                 "  - do:\n"
                                                 "    - try:\n"
                                                 "        get: src\n"
                                                 "        passed: [parallel-list]\n"
                                                 "  - across:\n"
                                                 "    - var: region\n"
                                                 "      values: [eu, us]\n"
                                                 "    do:\n"
                                                 "    - get: src\n"
                                                 "      passed: [parallel-map]\n"
                                                 "- name: hooks\n"
                                                 "  plan:\n"
                                                 "  - task: run\n"
                                                 "    file: ci/run.yml\n"
                                                 "    on_success:\n"
                                                 "      get: src\n"
                                                 "      passed: [a]\n"
                                                 "    on_failure:\n"
                                                 "      do:\n"
                                                 "      - get: src\n"
                                                 "        passed: [b]\n"
                                                 "    on_error: {get: src, passed: [top]}\n"
                                                 "    on_abort: {get: src, passed: [nested]}\n"
                                                 "    ensure:\n"
                                                 "      in_parallel:\n"
                                                 "      - get: src\n"
                                                 "        passed: [parallel-list]\n"
                                                 "- name: old-style\n"
                                                 "  plan:\n"
                                                 "  - aggregate:\n"
                                                 "    - get: src\n"
                                                 "      passed: [hooks]\n");
        QCOMPARE(stageNames(imported.pipeline),
                 (QStringList{u"a"_s, u"b"_s, u"top"_s, u"parallel-list"_s, u"parallel-map"_s, u"nested"_s, u"hooks"_s,
                              u"old-style"_s}));
        QCOMPARE(edgeList(imported.pipeline), (QStringList{
                                                  u"a -> hooks"_s,
                                                  u"a -> parallel-list"_s,
                                                  u"a -> top"_s,
                                                  u"b -> hooks"_s,
                                                  u"b -> parallel-list"_s,
                                                  u"hooks -> old-style"_s,
                                                  u"nested -> hooks"_s,
                                                  u"parallel-list -> hooks"_s,
                                                  u"parallel-list -> nested"_s,
                                                  u"parallel-map -> nested"_s,
                                                  u"top -> hooks"_s,
                                                  u"top -> parallel-map"_s,
                                              }));
        QVERIFY2(imported.notes.isEmpty(), qPrintable(describeNotes(imported.notes)));
        QCOMPARE(imported.pipeline.stages.at(2).location.line, 11);
        QCOMPARE(imported.pipeline.name, u"pipeline"_s);
    }

    void placeholdersStayAsWritten()
    {
        const ImportedPipeline imported = import("jobs:\n"
                                                 "- name: build-((flavour))\n"
                                                 "  plan:\n"
                                                 "  - get: src\n"
                                                 "    params: {token: ((github.token))}\n"
                                                 "- name: deploy-((env))\n"
                                                 "  plan:\n"
                                                 "  - get: src\n"
                                                 "    trigger: true\n"
                                                 "    passed: [build-((flavour))]\n");
        QCOMPARE(stageNames(imported.pipeline), (QStringList{u"build-((flavour))"_s, u"deploy-((env))"_s}));
        QCOMPARE(edgeList(imported.pipeline), QStringList{u"build-((flavour)) -> deploy-((env))"_s});
        QCOMPARE(findStage(imported.pipeline, u"deploy-((env))"_s)->kind, u"deploy"_s);
    }

    void kindsFromNamesAndTriggers()
    {
        const ImportedPipeline imported = import("jobs:\n"
                                                 "- name: unit\n"
                                                 "  plan:\n"
                                                 "  - get: src\n"
                                                 "    trigger: true\n"
                                                 "- name: ship-it\n"
                                                 "  plan:\n"
                                                 "  - get: src\n"
                                                 "    passed: [unit]\n"
                                                 "- name: nightly-report\n"
                                                 "  plan:\n"
                                                 "  - in_parallel:\n"
                                                 "    - get: timer\n"
                                                 "      trigger: true\n"
                                                 "  - task: report\n"
                                                 "- name: promote-to-prod\n"
                                                 "  plan:\n"
                                                 "  - get: src\n"
                                                 "    trigger: true\n"
                                                 "    passed: [ship-it]\n");
        QStringList kinds;
        for (const StageSpec &stage : imported.pipeline.stages)
            kinds.append(stage.kind);
        // ship-it has no triggering get: someone starts it, so it is a gate whatever its name.
        QCOMPARE(kinds, (QStringList{u"test"_s, u"approval"_s, u"other"_s, u"deploy"_s}));
    }

    void duplicateAnchorsAndMergeKeys()
    {
        // &upstream is defined twice: an alias means the latest definition before it (YAML's rule, and what
        // yaml-cpp does), so first waits for a and second for b. The step of second comes through a merge key.
        const ImportedPipeline imported = import("anchors:\n"
                                                 "- &upstream [a]\n"
                                                 "- &step\n"
                                                 "  get: src\n"
                                                 "  passed: [a]\n"
                                                 "jobs:\n"
                                                 "- name: a\n"
                                                 "  plan: [{get: src}]\n"
                                                 "- name: b\n"
                                                 "  plan: [{get: src}]\n"
                                                 "- name: first\n"
                                                 "  plan:\n"
                                                 "  - get: src\n"
                                                 "    passed: *upstream\n"
                                                 "- name: again\n"
                                                 "  plan:\n"
                                                 "  - get: src\n"
                                                 "    passed: &upstream [b]\n"
                                                 "- name: second\n"
                                                 "  plan:\n"
                                                 "  - get: src\n"
                                                 "    passed: *upstream\n"
                                                 "- name: merged\n"
                                                 "  plan:\n"
                                                 "  - <<: *step\n"
                                                 "    trigger: true\n"
                                                 "- name: overridden\n"
                                                 "  plan:\n"
                                                 "  - <<: *step\n"
                                                 "    passed: [second]\n");
        QCOMPARE(findStage(imported.pipeline, u"first"_s)->needs, QStringList{u"a"_s});
        QCOMPARE(findStage(imported.pipeline, u"again"_s)->needs, QStringList{u"b"_s});
        QCOMPARE(findStage(imported.pipeline, u"second"_s)->needs, QStringList{u"b"_s});
        QCOMPARE(findStage(imported.pipeline, u"merged"_s)->needs, QStringList{u"a"_s});
        // A key of the step itself wins over the merged one, quietly.
        QCOMPARE(findStage(imported.pipeline, u"overridden"_s)->needs, QStringList{u"second"_s});
        QVERIFY2(imported.notes.isEmpty(), qPrintable(describeNotes(imported.notes)));
    }

    void whatCannotBeReadIsNoted()
    {
        const ImportedPipeline imported = import("jobs:\n"
                                                 "- name: a\n"
                                                 "  plan:\n"
                                                 "  - get: src\n"
                                                 "    passed: [ghost]\n"
                                                 "  - wait: forever\n"
                                                 "  - just-a-word\n"
                                                 "- name: a\n"
                                                 "  plan: []\n"
                                                 "- plan: []\n"
                                                 "- name: b\n"
                                                 "- name: c\n"
                                                 "  plan:\n"
                                                 "  - get: src\n"
                                                 "    passed: {job: a}\n"
                                                 "  - in_parallel: {limit: 1}\n"
                                                 "  - do: {get: src}\n");
        QCOMPARE(stageNames(imported.pipeline), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(edgeList(imported.pipeline), QStringList());
        // ghost (5), the unknown step (6), the bare word (7), the second a (8), the job without a name (10), b
        // without a plan (11), passed as a mapping (15), in_parallel without steps (16), do that is no list (17).
        QCOMPARE(noteLines(imported.notes), (QList<int>{5, 6, 7, 8, 10, 11, 15, 16, 17}));
        QVERIFY(imported.notes.at(0).message.contains(u"ghost"_s));
    }

    void jobsMustBeAList()
    {
        const QString path = writeDefinition(m_dir, u"map.yml"_s, "jobs:\n  a: {plan: []}\n");
        auto imported = importPipelineFile(path, PipelineFormat::Concourse);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.errorMessage().contains(path + u", line 2"_s), qPrintable(imported.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestPipelineImportConcourse)
#include "tst_pipelineimportconcourse.moc"
