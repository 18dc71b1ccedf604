// SPDX-License-Identifier: GPL-3.0-or-later
// The GitLab CI reader on small configurations written here, one rule each. Lines in the expectations count
// from the first line of each snippet.
#include "pipelineimporttesting.h"

#include "graph/import/pipelineimport.h"

#include <QTest>

using namespace flowdeck;
using namespace flowdeck::graph;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

class TestPipelineImportGitLab : public QObject
{
    Q_OBJECT

private:
    static ImportedPipeline importFile(const QString &path)
    {
        auto result = importPipelineFile(path, PipelineFormat::GitLabCi);
        if (!result) {
            qWarning() << result.errorMessage();
            return {};
        }
        return std::move(*result);
    }

    ImportedPipeline import(const QByteArray &text)
    {
        return importFile(writeDefinition(m_dir, u".gitlab-ci.yml"_s, text));
    }

    QTemporaryDir m_dir;

private slots:
    void defaultStages()
    {
        // No stages: .pre, build, test, deploy, .post. A job without stage: is in test.
        const ImportedPipeline imported = import("compile:\n"
                                                 "  stage: build\n"
                                                 "  script: make\n"
                                                 "unit:\n"
                                                 "  script: make check\n"
                                                 "lint:\n"
                                                 "  stage: test\n"
                                                 "  script: make lint\n"
                                                 "ship:\n"
                                                 "  stage: deploy\n"
                                                 "  script: make install\n"
                                                 "prepare:\n"
                                                 "  stage: .pre\n"
                                                 "  script: true\n"
                                                 "cleanup:\n"
                                                 "  stage: .post\n"
                                                 "  script: true\n");
        QCOMPARE(stageNames(imported.pipeline),
                 (QStringList{u"compile"_s, u"unit"_s, u"lint"_s, u"ship"_s, u"prepare"_s, u"cleanup"_s}));
        QCOMPARE(edgeList(imported.pipeline), (QStringList{
                                                  u"compile -> lint"_s,
                                                  u"compile -> unit"_s,
                                                  u"lint -> ship"_s,
                                                  u"prepare -> compile"_s,
                                                  u"ship -> cleanup"_s,
                                                  u"unit -> ship"_s,
                                              }));
        QVERIFY2(imported.notes.isEmpty(), qPrintable(describeNotes(imported.notes)));
        // .gitlab-ci.yml is named after its folder.
        QCOMPARE(imported.pipeline.name, QDir(m_dir.path()).dirName());
    }

    void declaredStagesSkipEmptyOnes()
    {
        // review has no jobs: publish waits for the nearest earlier stage that has some, compile.
        const ImportedPipeline imported = import("stages: [compile, review, publish]\n"
                                                 "a:\n"
                                                 "  stage: compile\n"
                                                 "  script: x\n"
                                                 "b:\n"
                                                 "  stage: compile\n"
                                                 "  script: x\n"
                                                 "c:\n"
                                                 "  stage: publish\n"
                                                 "  script: x\n"
                                                 "d:\n"
                                                 "  stage: nowhere\n"
                                                 "  script: x\n"
                                                 "e:\n"
                                                 "  script: x\n");
        QCOMPARE(edgeList(imported.pipeline), (QStringList{u"a -> c"_s, u"b -> c"_s}));
        // d's stage is not declared; e's default stage test is not declared either.
        QCOMPARE(noteLines(imported.notes), (QList<int>{11, 14}));
        QVERIFY(imported.notes.at(0).message.contains(u"nowhere"_s));
        QCOMPARE(findStage(imported.pipeline, u"c"_s)->kind, u"deploy"_s);
        QCOMPARE(findStage(imported.pipeline, u"a"_s)->kind, u"build"_s);
    }

    void needsForms()
    {
        const ImportedPipeline imported = import("stages: [one, two]\n"
                                                 "a:\n"
                                                 "  stage: one\n"
                                                 "  script: x\n"
                                                 "b:\n"
                                                 "  stage: one\n"
                                                 "  script: x\n"
                                                 "names:\n"
                                                 "  stage: two\n"
                                                 "  needs: [a, b]\n"
                                                 "  script: x\n"
                                                 "maps:\n"
                                                 "  stage: two\n"
                                                 "  needs:\n"
                                                 "    - job: a\n"
                                                 "      artifacts: false\n"
                                                 "    - job: b\n"
                                                 "      optional: false\n"
                                                 "  script: x\n"
                                                 "single:\n"
                                                 "  stage: two\n"
                                                 "  needs:\n"
                                                 "    job: b\n"
                                                 "  script: x\n"
                                                 "at-once:\n"
                                                 "  stage: two\n"
                                                 "  needs: []\n"
                                                 "  script: x\n"
                                                 "implicit:\n"
                                                 "  stage: two\n"
                                                 "  script: x\n");
        QCOMPARE(findStage(imported.pipeline, u"names"_s)->needs, (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(findStage(imported.pipeline, u"maps"_s)->needs, (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(findStage(imported.pipeline, u"single"_s)->needs, QStringList{u"b"_s});
        QCOMPARE(findStage(imported.pipeline, u"at-once"_s)->needs, QStringList());
        QCOMPARE(findStage(imported.pipeline, u"implicit"_s)->needs, (QStringList{u"a"_s, u"b"_s}));
        QVERIFY2(imported.notes.isEmpty(), qPrintable(describeNotes(imported.notes)));
    }

    void needsOutsideThePipeline()
    {
        const ImportedPipeline imported = import("a:\n"
                                                 "  stage: build\n"
                                                 "  script: x\n"
                                                 "b:\n"
                                                 "  needs:\n"
                                                 "    - a\n"
                                                 "    - project: group/other\n"
                                                 "      job: package\n"
                                                 "      ref: main\n"
                                                 "      artifacts: true\n"
                                                 "    - pipeline: $PARENT_PIPELINE_ID\n"
                                                 "      job: generate\n"
                                                 "    - job: maybe\n"
                                                 "      optional: true\n"
                                                 "    - missing\n"
                                                 "    - [not, a, job]\n"
                                                 "  script: x\n");
        // The optional need of a job that is not there is dropped quietly, as GitLab does.
        QCOMPARE(findStage(imported.pipeline, u"b"_s)->needs, QStringList{u"a"_s});
        QCOMPARE(noteLines(imported.notes), (QList<int>{7, 11, 15, 16}));
        QVERIFY(imported.notes.at(0).message.contains(u"group/other"_s));
        QVERIFY(imported.notes.at(1).message.contains(u"generate"_s));
        QVERIFY(imported.notes.at(2).message.contains(u"missing"_s));
    }

    void hiddenJobsAndKeywordsAreNotStages()
    {
        const ImportedPipeline imported = import("default:\n"
                                                 "  image: alpine\n"
                                                 "variables:\n"
                                                 "  A: b\n"
                                                 "workflow:\n"
                                                 "  rules:\n"
                                                 "    - when: always\n"
                                                 "image: alpine\n"
                                                 "services: [docker:dind]\n"
                                                 "before_script: [echo]\n"
                                                 "after_script: [echo]\n"
                                                 "cache:\n"
                                                 "  paths: [x]\n"
                                                 "stages: [build, test]\n"
                                                 ".template:\n"
                                                 "  script: x\n"
                                                 ".another: &anchor\n"
                                                 "  stage: build\n"
                                                 "job:\n"
                                                 "  <<: *anchor\n"
                                                 "  script: y\n"
                                                 "pages:\n"
                                                 "  stage: test\n"
                                                 "  script: publish\n");
        QCOMPARE(stageNames(imported.pipeline), (QStringList{u"job"_s, u"pages"_s}));
        QCOMPARE(edgeList(imported.pipeline), QStringList{u"job -> pages"_s});
        QCOMPARE(findStage(imported.pipeline, u"pages"_s)->kind, u"deploy"_s);
        QVERIFY2(imported.notes.isEmpty(), qPrintable(describeNotes(imported.notes)));
    }

    void extendsChains()
    {
        const ImportedPipeline imported = import(".base:\n"
                                                 "  stage: deploy\n"
                                                 "  environment:\n"
                                                 "    name: staging\n"
                                                 "    url: https://staging.example.org\n"
                                                 "  needs: [lint, compile]\n"
                                                 ".production:\n"
                                                 "  extends: .base\n"
                                                 "  environment:\n"
                                                 "    name: production\n"
                                                 ".early:\n"
                                                 "  stage: build\n"
                                                 "compile:\n"
                                                 "  stage: build\n"
                                                 "  script: make\n"
                                                 "lint:\n"
                                                 "  extends: .early\n"
                                                 "  script: lint\n"
                                                 "release:\n"
                                                 "  extends: .production\n"
                                                 "  script: deploy\n"
                                                 "late:\n"
                                                 "  extends: [.early, .production]\n"
                                                 "  needs: [compile]\n"
                                                 "  script: x\n"
                                                 "again:\n"
                                                 "  extends: late\n"
                                                 "  stage: test\n"
                                                 "  script: x\n");
        // Two levels: release has .base's stage and needs, and .production's environment name (a deep merge).
        const StageSpec *release = findStage(imported.pipeline, u"release"_s);
        QCOMPARE(release->environment, u"production"_s);
        QCOMPARE(release->kind, u"deploy"_s);
        QCOMPARE(release->needs, (QStringList{u"lint"_s, u"compile"_s}));
        // A list: .production comes after .early, so its stage (deploy) wins; late's own needs replace the list.
        const StageSpec *late = findStage(imported.pipeline, u"late"_s);
        QCOMPARE(late->needs, QStringList{u"compile"_s});
        QCOMPARE(late->environment, u"production"_s);
        // lint is in build through .early; again extends a job and overrides its stage, and has late's needs.
        QCOMPARE(findStage(imported.pipeline, u"lint"_s)->needs, QStringList());
        QCOMPARE(findStage(imported.pipeline, u"again"_s)->needs, QStringList{u"compile"_s});
        QCOMPARE(findStage(imported.pipeline, u"again"_s)->kind, u"deploy"_s);
        QCOMPARE(stageNames(imported.pipeline),
                 (QStringList{u"compile"_s, u"lint"_s, u"release"_s, u"late"_s, u"again"_s}));
        QVERIFY2(imported.notes.isEmpty(), qPrintable(describeNotes(imported.notes)));
    }

    void extendsThatCannotBeFollowed()
    {
        const ImportedPipeline imported = import(".a:\n"
                                                 "  extends: .b\n"
                                                 "  stage: build\n"
                                                 ".b:\n"
                                                 "  extends: .a\n"
                                                 "one:\n"
                                                 "  extends: .a\n"
                                                 "  script: x\n"
                                                 "two:\n"
                                                 "  extends: .nowhere\n"
                                                 "  script: x\n");
        // The cycle .a -> .b -> .a is cut where it closes (line 5); .nowhere is noted at line 10, and two, which
        // may get its stage from it, at line 9.
        QCOMPARE(noteLines(imported.notes), (QList<int>{5, 9, 10}));
        QVERIFY2(imported.notes.at(0).message.contains(u"(.a -> .b -> .a)"_s),
                 qPrintable(imported.notes.at(0).message));
        QVERIFY(imported.notes.at(2).message.contains(u".nowhere"_s));
        QCOMPARE(edgeList(imported.pipeline), QStringList{u"one -> two"_s});
    }

    void environmentAndManualGates()
    {
        const ImportedPipeline imported = import("review:\n"
                                                 "  stage: deploy\n"
                                                 "  environment: review/$CI_COMMIT_REF_SLUG\n"
                                                 "  script: x\n"
                                                 "sign-off:\n"
                                                 "  stage: deploy\n"
                                                 "  when: manual\n"
                                                 "  script: x\n"
                                                 "go-live:\n"
                                                 "  stage: deploy\n"
                                                 "  when: manual\n"
                                                 "  environment:\n"
                                                 "    name: production\n"
                                                 "    action: start\n"
                                                 "  script: x\n"
                                                 "hold:\n"
                                                 "  stage: test\n"
                                                 "  when: manual\n"
                                                 "  script: x\n");
        QCOMPARE(findStage(imported.pipeline, u"review"_s)->environment, u"review/$CI_COMMIT_REF_SLUG"_s);
        QCOMPARE(findStage(imported.pipeline, u"review"_s)->kind, u"deploy"_s);
        QCOMPARE(findStage(imported.pipeline, u"sign-off"_s)->kind, u"approval"_s);
        QCOMPARE(findStage(imported.pipeline, u"go-live"_s)->environment, u"production"_s);
        QCOMPARE(findStage(imported.pipeline, u"go-live"_s)->kind, u"deploy"_s);
        QCOMPARE(findStage(imported.pipeline, u"hold"_s)->kind, u"approval"_s);
    }

    void parallelAndTrigger()
    {
        const ImportedPipeline imported = import("shards:\n"
                                                 "  script: x\n"
                                                 "  parallel: 5\n"
                                                 "grid:\n"
                                                 "  script: x\n"
                                                 "  parallel:\n"
                                                 "    matrix:\n"
                                                 "      - PROVIDER: aws\n"
                                                 "        STACK: [monitoring, app1, app2]\n"
                                                 "      - PROVIDER: [gcp, vultr]\n"
                                                 "        STACK: [data]\n"
                                                 "child:\n"
                                                 "  trigger:\n"
                                                 "    include: ci/child.yml\n"
                                                 "downstream:\n"
                                                 "  trigger: group/deployer\n"
                                                 "odd:\n"
                                                 "  script: x\n"
                                                 "  parallel: many\n");
        QCOMPARE(findStage(imported.pipeline, u"shards"_s)->matrixSize, std::optional<int>(5));
        // 1 x 3 + 2 x 1
        QCOMPARE(findStage(imported.pipeline, u"grid"_s)->matrixSize, std::optional<int>(5));
        QCOMPARE(findStage(imported.pipeline, u"odd"_s)->matrixSize, std::nullopt);
        QCOMPARE(findStage(imported.pipeline, u"child"_s)->uses, u"ci/child.yml"_s);
        QCOMPARE(findStage(imported.pipeline, u"downstream"_s)->uses, u"group/deployer"_s);
        QCOMPARE(noteLines(imported.notes), QList<int>{19});
    }

    void referenceTagsAreOpaque()
    {
        const ImportedPipeline imported = import(".setup:\n"
                                                 "  script: [prepare]\n"
                                                 "  needs: [a]\n"
                                                 "a:\n"
                                                 "  stage: build\n"
                                                 "  script: !reference [.setup, script]\n"
                                                 "b:\n"
                                                 "  script:\n"
                                                 "    - !reference [.setup, script]\n"
                                                 "    - make\n"
                                                 "  needs: !reference [.setup, needs]\n"
                                                 "c:\n"
                                                 "  stage: !reference [.setup, stage]\n"
                                                 "  script: x\n");
        QCOMPARE(stageNames(imported.pipeline), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        // b's needs are not followed: it waits for the build stage, as without needs; c's stage cannot be read,
        // so it is in test, beside b.
        QCOMPARE(edgeList(imported.pipeline), (QStringList{u"a -> b"_s, u"a -> c"_s}));
        QCOMPARE(noteLines(imported.notes), (QList<int>{11, 13}));
        QVERIFY(imported.notes.at(0).message.contains(u"!reference"_s));
    }

    void localIncludes()
    {
        // ci/jobs.yml is beside the top file's ci folder; it includes common.yml beside itself, and
        // /ci/deploy/prod.yml from the root. The top file overrides a key of an included job.
        QTemporaryDir dir;
        const QString top = writeDefinition(dir, u"project/.gitlab-ci.yml"_s,
                                            "include:\n"
                                            "  - local: ci/jobs.yml\n"
                                            "  - ci/extra/*.yml\n"
                                            "  - local: ci/missing.yml\n"
                                            "  - remote: https://example.org/ci.yml\n"
                                            "  - template: Security/SAST.gitlab-ci.yml\n"
                                            "  - project: group/templates\n"
                                            "    ref: v1\n"
                                            "    file: [a.yml, b.yml]\n"
                                            "stages: [build, test, deploy]\n"
                                            "unit:\n"
                                            "  stage: test\n");
        const QString jobs = writeDefinition(dir, u"project/ci/jobs.yml"_s,
                                             "include:\n"
                                             "  - local: common.yml\n"
                                             "  - local: /ci/deploy/prod.yml\n"
                                             "unit:\n"
                                             "  extends: .common\n"
                                             "  stage: build\n"
                                             "  script: make check\n");
        const QString common = writeDefinition(dir, u"project/ci/common.yml"_s,
                                               ".common:\n"
                                               "  needs: [compile]\n"
                                               "compile:\n"
                                               "  stage: build\n"
                                               "  script: make\n");
        const QString prod = writeDefinition(dir, u"project/ci/deploy/prod.yml"_s,
                                             "production:\n"
                                             "  stage: deploy\n"
                                             "  environment: production\n"
                                             "  script: ship\n");
        const QString lint = writeDefinition(dir, u"project/ci/extra/lint.yml"_s,
                                             "lint:\n"
                                             "  stage: test\n"
                                             "  script: lint\n");
        const QString audit = writeDefinition(dir, u"project/ci/extra/audit.yml"_s,
                                              "audit:\n"
                                              "  stage: test\n"
                                              "  needs: []\n"
                                              "  script: audit\n");
        writeDefinition(dir, u"outside.yml"_s, "evil:\n  script: x\n");

        const ImportedPipeline imported = importFile(top);
        QCOMPARE(imported.files, (QStringList{top, jobs, common, prod, audit, lint}));
        // Included jobs come first, in the order included, then the top file's keys.
        QCOMPARE(stageNames(imported.pipeline),
                 (QStringList{u"compile"_s, u"production"_s, u"unit"_s, u"audit"_s, u"lint"_s}));
        // unit is in test (the top file's word) and needs compile (from .common in common.yml).
        QCOMPARE(findStage(imported.pipeline, u"unit"_s)->needs, QStringList{u"compile"_s});
        QCOMPARE(findStage(imported.pipeline, u"lint"_s)->needs, QStringList{u"compile"_s});
        QCOMPARE(findStage(imported.pipeline, u"production"_s)->needs, (QStringList{u"unit"_s, u"audit"_s, u"lint"_s}));
        QCOMPARE(findStage(imported.pipeline, u"production"_s)->location, (SourceLocation{prod, 1, 1}));
        QCOMPARE(imported.unresolvedIncludes, (QStringList{
                                                  u"local ci/missing.yml (not found)"_s,
                                                  u"remote https://example.org/ci.yml"_s,
                                                  u"template Security/SAST.gitlab-ci.yml"_s,
                                                  u"project group/templates, file a.yml, ref v1"_s,
                                                  u"project group/templates, file b.yml, ref v1"_s,
                                              }));
        QCOMPARE(noteLines(imported.notes), (QList<int>{4, 5, 6, 7, 7}));
        for (const Note &note : imported.notes)
            QCOMPARE(note.location.file, top);

        // Reaching out of the folder of the top file is refused.
        const QString escape = writeDefinition(dir, u"project/escape.gitlab-ci.yml"_s,
                                               "include: ../outside.yml\n"
                                               "a:\n"
                                               "  script: x\n");
        const ImportedPipeline escaped = importFile(escape);
        QCOMPARE(stageNames(escaped.pipeline), QStringList{u"a"_s});
        QCOMPARE(escaped.unresolvedIncludes.size(), 1);
        QVERIFY(escaped.unresolvedIncludes.at(0).contains(u"../outside.yml"_s));
    }

    void includeAsOneMappingWithRules()
    {
        QTemporaryDir dir;
        const QString top = writeDefinition(dir, u".gitlab-ci.yml"_s,
                                            "include:\n"
                                            "  local: jobs.yml\n"
                                            "  rules:\n"
                                            "    - if: $CI_COMMIT_TAG\n"
                                            "stages: [one, two]\n");
        writeDefinition(dir, u"jobs.yml"_s,
                        "a:\n"
                        "  stage: one\n"
                        "  script: x\n"
                        "b:\n"
                        "  stage: two\n"
                        "  script: x\n");
        const ImportedPipeline imported = importFile(top);
        QCOMPARE(edgeList(imported.pipeline), QStringList{u"a -> b"_s});
        // The file is read as if its rules allowed it, and that is noted where the include is.
        QCOMPARE(noteLines(imported.notes), QList<int>{2});
        QVERIFY(imported.notes.at(0).message.contains(u"rules"_s));
    }

    void includeCyclesAndBrokenIncludes()
    {
        QTemporaryDir dir;
        const QString top = writeDefinition(dir, u".gitlab-ci.yml"_s,
                                            "include: a.yml\n"
                                            "top:\n"
                                            "  script: x\n");
        writeDefinition(dir, u"a.yml"_s, "include: b.yml\na:\n  script: x\n");
        writeDefinition(dir, u"b.yml"_s, "include: a.yml\nb:\n  script: x\n");
        const ImportedPipeline imported = importFile(top);
        QCOMPARE(stageNames(imported.pipeline), (QStringList{u"b"_s, u"a"_s, u"top"_s}));
        QCOMPARE(imported.notes.size(), 1);
        QCOMPARE(imported.notes.at(0).location, (SourceLocation{QDir(dir.path()).filePath(u"b.yml"_s), 1, 10}));

        // An included file that is not YAML stops the import, naming that file and line.
        const QString broken = writeDefinition(dir, u"broken.gitlab-ci.yml"_s, "include: bad.yml\n");
        const QString bad = writeDefinition(dir, u"bad.yml"_s, "job:\n  script: [unclosed\n");
        auto result = importPipelineFile(broken);
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(bad + u", line "_s), qPrintable(result.errorMessage()));
    }

    void oddButValid()
    {
        // A job named jobs, a need listed twice, a .post job after empty stages, a .pre job that the first job
        // waits for.
        const ImportedPipeline imported = import("jobs:\n"
                                                 "  stage: build\n"
                                                 "  script: x\n"
                                                 "twice:\n"
                                                 "  needs: [jobs, jobs]\n"
                                                 "  script: x\n"
                                                 "report:\n"
                                                 "  stage: .post\n"
                                                 "  script: x\n"
                                                 "first:\n"
                                                 "  stage: .pre\n"
                                                 "  script: x\n");
        QCOMPARE(edgeList(imported.pipeline),
                 (QStringList{u"first -> jobs"_s, u"jobs -> twice"_s, u"twice -> report"_s}));
        QVERIFY2(imported.notes.isEmpty(), qPrintable(describeNotes(imported.notes)));
    }
};

QTEST_GUILESS_MAIN(TestPipelineImportGitLab)
#include "tst_pipelineimportgitlab.moc"
