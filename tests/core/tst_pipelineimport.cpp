// SPDX-License-Identifier: GPL-3.0-or-later
// The importers on the real definitions in the shared fixtures. Every expected stage, edge, kind and note
// below was written from reading the fixture files, by the rules of docs/pipeline-import.md.
#include "pipelineimporttesting.h"

#include "graph/import/pipelineimport.h"

#include <QTest>

using namespace flowdeck;
using namespace flowdeck::graph;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

const QString fixtures = QStringLiteral(FLOWDECK_SHARED_FIXTURES "/pipelines");

struct ExpectedStage
{
    QString name;
    QString kind;
    QStringList needs;
    std::optional<int> matrixSize = {};
    QString uses = {};
};

} // namespace

class TestPipelineImport : public QObject
{
    Q_OBJECT

private:
    static ImportedPipeline load(const QString &path, std::optional<PipelineFormat> format = std::nullopt)
    {
        auto result = importPipelineFile(path, format);
        if (!result) {
            qWarning() << result.errorMessage();
            return {};
        }
        return std::move(*result);
    }

    static void compareStages(const PipelineSpec &pipeline, const QList<ExpectedStage> &expected)
    {
        QStringList names;
        for (const ExpectedStage &stage : expected)
            names.append(stage.name);
        QCOMPARE(stageNames(pipeline), names);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const StageSpec &stage = pipeline.stages.at(i);
            const ExpectedStage &want = expected.at(i);
            QVERIFY2(stage.kind == want.kind, qPrintable(stage.name + u": "_s + stage.kind));
            QCOMPARE(stage.needs, want.needs);
            QCOMPARE(stage.matrixSize, want.matrixSize);
            QCOMPARE(stage.uses, want.uses);
            QCOMPARE(stage.environment, QString());
        }
    }

private slots:
    void cpythonWorkflow()
    {
        const QString path = fixtures + u"/github-actions/python-cpython__build.yml"_s;
        QCOMPARE(*detectPipelineFormat(path), PipelineFormat::GitHubActions);
        const ImportedPipeline imported = load(path);
        QCOMPARE(imported.format, PipelineFormat::GitHubActions);
        QCOMPARE(imported.pipeline.name, u"Tests"_s);
        QCOMPARE(imported.files, QStringList{path});
        const QStringList source{u"check_source"_s};
        compareStages(imported.pipeline, {
                                             {u"check_source"_s, u"test"_s, {}},
                                             {u"check_abi"_s, u"test"_s, source},
                                             {u"check_generated_files"_s, u"test"_s, source},
                                             {u"build_win32"_s, u"build"_s, source},
                                             {u"build_win_amd64"_s, u"build"_s, source},
                                             {u"build_macos"_s, u"build"_s, source},
                                             {u"build_ubuntu"_s, u"build"_s, source},
                                             // openssl_ver: [1.1.1n, 3.0.2]
                                             {u"build_ubuntu_ssltests"_s, u"build"_s, source, 2},
                                         });
        // `on:` (a boolean under YAML 1.1) is there, every job is a mapping, every need names a job.
        QVERIFY2(imported.notes.isEmpty(), qPrintable(describeNotes(imported.notes)));
        QVERIFY(imported.unresolvedIncludes.isEmpty());
        QCOMPARE(imported.pipeline.stages.at(0).location, (SourceLocation{path, 23, 3}));
        QCOMPARE(imported.pipeline.stages.at(7).location, (SourceLocation{path, 220, 3}));
    }

    void ruffReleaseWorkflow()
    {
        const QString path = fixtures + u"/github-actions/astral-sh-ruff__release.yml"_s;
        QCOMPARE(*detectPipelineFormat(path), PipelineFormat::GitHubActions);
        const ImportedPipeline imported = load(path);
        QCOMPARE(imported.pipeline.name, u"Release"_s);
        const QString plan = u"plan"_s;
        const QString workflows = u"./.github/workflows/"_s;
        compareStages(
            imported.pipeline,
            {
                {plan, u"other"_s, {}},
                {u"custom-build-binaries"_s, u"build"_s, {plan}, {}, workflows + u"build-binaries.yml"_s},
                {u"custom-build-docker"_s, u"build"_s, {plan}, {}, workflows + u"build-docker.yml"_s},
                {u"build-global-artifacts"_s, u"build"_s, {plan, u"custom-build-binaries"_s, u"custom-build-docker"_s}},
                {u"host"_s,
                 u"other"_s,
                 {plan, u"custom-build-binaries"_s, u"custom-build-docker"_s, u"build-global-artifacts"_s}},
                {u"custom-publish-pypi"_s, u"deploy"_s, {plan, u"host"_s}, {}, workflows + u"publish-pypi.yml"_s},
                {u"custom-publish-wasm"_s, u"deploy"_s, {plan, u"host"_s}, {}, workflows + u"publish-wasm.yml"_s},
                {u"announce"_s, u"other"_s, {plan, u"host"_s, u"custom-publish-pypi"_s, u"custom-publish-wasm"_s}},
                {u"custom-notify-dependents"_s,
                 u"other"_s,
                 {plan, u"announce"_s},
                 {},
                 workflows + u"notify-dependents.yml"_s},
                {u"custom-publish-docs"_s, u"deploy"_s, {plan, u"announce"_s}, {}, workflows + u"publish-docs.yml"_s},
                {u"custom-publish-playground"_s,
                 u"deploy"_s,
                 {plan, u"announce"_s},
                 {},
                 workflows + u"publish-playground.yml"_s},
            });
        QVERIFY2(imported.notes.isEmpty(), qPrintable(describeNotes(imported.notes)));
    }

    void gnomeShellGitLab()
    {
        const QString path = fixtures + u"/gitlab-ci/GNOME-gnome-shell__.gitlab-ci.yml"_s;
        QCOMPARE(*detectPipelineFormat(path), PipelineFormat::GitLabCi);
        const ImportedPipeline imported = load(path);
        QCOMPARE(imported.format, PipelineFormat::GitLabCi);
        QCOMPARE(imported.pipeline.name, u"GNOME-gnome-shell__.gitlab-ci"_s);
        QCOMPARE(imported.files, QStringList{path});

        // Stages: pre-review, prep, review, build, test, analyze, docs, deploy. check-commit-log and
        // check-merge-request (pre-review) have nothing before them; build-fedora-container (prep) waits for both;
        // the five review jobs wait for build-fedora-container; build-sysext names no stage, so it is in test and
        // waits for the build stage (build and flatpak). The others say their needs; build-toolbox and
        // rebuild-toolbox say needs: []. dist-tarball extends dist (stage deploy) with its own needs.
        const QStringList preReview{u"check-commit-log"_s, u"check-merge-request"_s};
        const QStringList container{u"build-fedora-container"_s};
        const QStringList build{u"build"_s};
        const QStringList commitLog{u"check-commit-log"_s};
        compareStages(imported.pipeline, {
                                             {u"check-commit-log"_s, u"test"_s, {}},
                                             {u"check-merge-request"_s, u"test"_s, {}},
                                             {u"build-fedora-container"_s, u"build"_s, preReview},
                                             {u"js-check"_s, u"test"_s, container},
                                             {u"eslint"_s, u"test"_s, container},
                                             {u"eslint-doc"_s, u"test"_s, container},
                                             {u"potfile-c-check"_s, u"test"_s, container},
                                             {u"potfile-js-check"_s, u"test"_s, container},
                                             {u"build-sysext"_s, u"build"_s, {u"build"_s, u"flatpak"_s}},
                                             {u"build"_s, u"build"_s, commitLog},
                                             {u"test"_s, u"test"_s, build},
                                             {u"test-coverity"_s, u"security"_s, build},
                                             {u"flatpak"_s, u"build"_s, commitLog},
                                             {u"nightly"_s, u"other"_s, {u"flatpak"_s}},
                                             {u"dist"_s, u"build"_s, build},
                                             {u"dist-tarball"_s, u"build"_s, build},
                                             {u"reference"_s, u"other"_s, build},
                                             {u"pages"_s, u"deploy"_s, {u"reference"_s}},
                                             {u"build-toolbox"_s, u"build"_s, {}},
                                             {u"rebuild-toolbox"_s, u"build"_s, {}},
                                         });

        QCOMPARE(imported.unresolvedIncludes,
                 (QStringList{
                     u"project GNOME/citemplates, file templates/default-rules.yml"_s,
                     u"project GNOME/citemplates, file flatpak/flatpak_ci_initiative.yml"_s,
                     u"project Infrastructure/freedesktop-ci-templates, file templates/fedora.yml, ref "
                     "057b052e682d8e5a20c1eb2dd60d5b87d2b56856"_s,
                     u"project Infrastructure/freedesktop-ci-templates, file templates/ci-fairy.yml, ref "
                     "bc70242ffb8402243e934659ecc1a2d1c89eca2b"_s,
                     u"component gitlab.gnome.org/GNOME/citemplates/release-service@25.5"_s,
                     u"component gitlab.gnome.org/GNOME/citemplates/gnomeos-build-sysext@25.5"_s,
                 }));
        // The six includes; the ten extends of templates from them (.fdo.ci-fairy twice,
        // .fdo.container-build@fedora@x86_64, .fdo.distribution-image@fedora five times, .flatpak,
        // .publish_nightly); build-sysext without a script; nightly without a stage of its own. By line.
        QCOMPARE(noteLines(imported.notes),
                 (QList<int>{2, 4, 6, 9, 12, 17, 81, 102, 122, 128, 139, 154, 163, 171, 180, 262, 264, 265}));
        for (const Note &note : imported.notes)
            QCOMPARE(note.location.file, path);
        QVERIFY(imported.notes.at(6).message.contains(u".fdo.ci-fairy"_s));
        QVERIFY(imported.notes.at(8).message.contains(u".fdo.container-build@fedora@x86_64"_s));
        QVERIFY(imported.notes.at(14).message.contains(u"build-sysext"_s));
        QVERIFY(imported.notes.at(16).message.contains(u"stage"_s));
        QVERIFY(imported.notes.at(17).message.contains(u".publish_nightly"_s));
    }

    void boshDeploymentConcourse()
    {
        const QString path = fixtures + u"/concourse/cloudfoundry-bosh-deployment__ci__pipeline.yml"_s;
        QCOMPARE(*detectPipelineFormat(path), PipelineFormat::Concourse);
        const ImportedPipeline imported = load(path);
        QCOMPARE(imported.format, PipelineFormat::Concourse);
        QCOMPARE(imported.pipeline.name, u"cloudfoundry-bosh-deployment__ci__pipeline"_s);
        QCOMPARE(imported.pipeline.stages.size(), 69);

        // The jobs are exactly those the file's groups list.
        const QStringList groups{u"test-noble-gcp"_s,
                                 u"test-smoke"_s,
                                 u"test-noble-warden"_s,
                                 u"test-noble-docker"_s,
                                 u"test-resolute-gcp"_s,
                                 u"test-resolute-warden"_s,
                                 u"test-resolute-docker"_s,
                                 u"promote"_s,
                                 u"update-aws-cpi"_s,
                                 u"update-docker-cpi-release"_s,
                                 u"update-google-cpi"_s,
                                 u"update-azure-cpi"_s,
                                 u"update-alicloud-cpi"_s,
                                 u"update-vsphere-cpi-release"_s,
                                 u"update-virtualbox-cpi-release"_s,
                                 u"update-openstack-cpi-release"_s,
                                 u"update-warden-cpi-release"_s,
                                 u"update-aws-noble-stemcell"_s,
                                 u"update-alicloud-noble-stemcell"_s,
                                 u"update-azure-noble-stemcell"_s,
                                 u"update-docker-noble-stemcell"_s,
                                 u"update-gcp-noble-stemcell"_s,
                                 u"update-openstack-noble-stemcell"_s,
                                 u"update-openstack-raw-noble-stemcell"_s,
                                 u"update-vcloud-noble-stemcell"_s,
                                 u"update-virtualbox-noble-stemcell"_s,
                                 u"update-vsphere-noble-stemcell"_s,
                                 u"update-warden-noble-stemcell"_s,
                                 u"update-aws-jammy-stemcell"_s,
                                 u"update-alicloud-jammy-stemcell"_s,
                                 u"update-azure-jammy-stemcell"_s,
                                 u"update-docker-jammy-stemcell"_s,
                                 u"update-gcp-jammy-stemcell"_s,
                                 u"update-openstack-jammy-stemcell"_s,
                                 u"update-openstack-raw-jammy-stemcell"_s,
                                 u"update-vcloud-jammy-stemcell"_s,
                                 u"update-virtualbox-jammy-stemcell"_s,
                                 u"update-vsphere-jammy-stemcell"_s,
                                 u"update-warden-jammy-stemcell"_s,
                                 u"update-aws-resolute-stemcell"_s,
                                 u"update-alicloud-resolute-stemcell"_s,
                                 u"update-azure-resolute-stemcell"_s,
                                 u"update-docker-resolute-stemcell"_s,
                                 u"update-gcp-resolute-stemcell"_s,
                                 u"update-openstack-resolute-stemcell"_s,
                                 u"update-openstack-raw-resolute-stemcell"_s,
                                 u"update-vcloud-resolute-stemcell"_s,
                                 u"update-virtualbox-resolute-stemcell"_s,
                                 u"update-vsphere-resolute-stemcell"_s,
                                 u"update-warden-resolute-stemcell"_s,
                                 u"compile-bbr-sdk-release-noble"_s,
                                 u"compile-bosh-release-noble"_s,
                                 u"compile-bpm-release-noble"_s,
                                 u"compile-credhub-release-noble"_s,
                                 u"compile-docker-cpi-noble"_s,
                                 u"compile-garden-runc-noble"_s,
                                 u"compile-uaa-release-noble"_s,
                                 u"compile-warden-cpi-noble"_s,
                                 u"compile-bbr-sdk-release-resolute"_s,
                                 u"compile-bosh-release-resolute"_s,
                                 u"compile-bpm-release-resolute"_s,
                                 u"compile-credhub-release-resolute"_s,
                                 u"compile-docker-cpi-resolute"_s,
                                 u"compile-garden-runc-resolute"_s,
                                 u"compile-uaa-release-resolute"_s,
                                 u"compile-warden-cpi-resolute"_s,
                                 u"update-dns-release"_s,
                                 u"update-os-conf-release"_s,
                                 u"update-syslog-release"_s};
        QStringList names = stageNames(imported.pipeline);
        QCOMPARE(names.mid(0, 8), groups.mid(0, 8));
        names.sort();
        QStringList expectedNames = groups;
        expectedNames.sort();
        QCOMPARE(names, expectedNames);

        // The only passed: of the file is promote's get of bosh-deployment (line 284); no other job waits.
        QCOMPARE(edgeList(imported.pipeline), (QStringList{
                                                  u"test-noble-docker -> promote"_s,
                                                  u"test-noble-gcp -> promote"_s,
                                                  u"test-noble-warden -> promote"_s,
                                                  u"test-smoke -> promote"_s,
                                              }));
        QCOMPARE(findStage(imported.pipeline, u"promote"_s)->needs,
                 (QStringList{u"test-smoke"_s, u"test-noble-gcp"_s, u"test-noble-warden"_s, u"test-noble-docker"_s}));
        QCOMPARE(findStage(imported.pipeline, u"promote"_s)->location.line, 277);

        // Kinds by name: the seven test-* jobs, promote, the sixteen compile-* jobs; the update-* jobs say none.
        QMap<QString, int> kinds;
        for (const StageSpec &stage : imported.pipeline.stages)
            ++kinds[stage.kind];
        QCOMPARE(kinds, (QMap<QString, int>{{u"test"_s, 7}, {u"deploy"_s, 1}, {u"build"_s, 16}, {u"other"_s, 45}}));
        QCOMPARE(findStage(imported.pipeline, u"promote"_s)->kind, u"deploy"_s);
        QCOMPARE(findStage(imported.pipeline, u"compile-uaa-release-resolute"_s)->kind, u"build"_s);

        // The merge keys (`- <<: *commit-when-new-asset`) resolve to try: steps, which are read without a note.
        QVERIFY2(imported.notes.isEmpty(), qPrintable(describeNotes(imported.notes)));
    }
};

QTEST_GUILESS_MAIN(TestPipelineImport)
#include "tst_pipelineimport.moc"
