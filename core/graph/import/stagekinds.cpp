// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/import/stagekinds.h"

#include "domain/pipeline.h"

#include <array>
#include <initializer_list>

namespace flowdeck::graph::importers {

using namespace Qt::StringLiterals;

namespace {

struct KindWords
{
    const char *kind;
    std::initializer_list<const char *> words;
};

// In the order they are tried: a "build-and-deploy" job is a deploy, a "test-coverity" job a security check.
const std::array<KindWords, 5> kindWords{{
    {StageKind::Approval,
     {"approve", "approval", "approvals", "approved", "gate", "gates", "manual", "signoff", "confirm", "confirmation"}},
    {StageKind::Security, {"security",  "sast",       "dast",    "scan",     "scans",         "scanning",
                           "audit",     "audits",     "vuln",    "vulns",    "vulnerability", "vulnerabilities",
                           "codeql",    "trivy",      "snyk",    "grype",    "coverity",      "sonar",
                           "sonarqube", "sonarcloud", "semgrep", "gitleaks", "secret",        "secrets",
                           "cve",       "cves",       "fuzz",    "fuzzing",  "sbom",          "analyze",
                           "analyse",   "analysis"}},
    {StageKind::Deploy,
     {"deploy", "deploys", "deploying", "deployment", "deployments", "publish", "publishes", "publishing", "promote",
      "promotes", "promotion", "rollout", "ship", "pages"}},
    {StageKind::Test,
     {"test",     "tests",      "testing", "check",  "checks", "lint",       "linter",      "linting",
      "eslint",   "flake8",     "clippy",  "pylint", "mypy",   "typecheck",  "verify",      "verification",
      "validate", "validation", "spec",    "specs",  "smoke",  "e2e",        "integration", "unit",
      "coverage", "pytest",     "jest",    "tox",    "ctest",  "conformance"}},
    {StageKind::Build,
     {"build", "builds", "building", "rebuild", "compile", "compiles", "compiling", "compilation", "package",
      "packages", "packaging", "bundle", "dist", "assemble", "wheel", "wheels"}},
}};

// Actions whose use says what a stage is about, matched on the start of "owner/repository[/path]".
const std::array<KindWords, 3> kindActions{{
    {StageKind::Approval, {"trstringer/manual-approval"}},
    {StageKind::Security,
     {"github/codeql-action", "aquasecurity/trivy-action", "snyk/actions", "anchore/scan-action",
      "ossf/scorecard-action", "gitleaks/gitleaks-action", "returntocorp/semgrep-action", "securego/gosec"}},
    {StageKind::Deploy,
     {"actions/deploy-pages", "pypa/gh-action-pypi-publish", "peaceiris/actions-gh-pages",
      "jamesives/github-pages-deploy-action", "azure/webapps-deploy", "aws-actions/amazon-ecs-deploy-task-definition",
      "google-github-actions/deploy-cloudrun"}},
}};

QString kindOfName(const QString &name)
{
    const QStringList words = nameWords(name);
    for (const KindWords &kind : kindWords) {
        for (const char *word : kind.words) {
            if (words.contains(QLatin1StringView(word)))
                return QString::fromLatin1(kind.kind);
        }
    }
    return {};
}

QString kindOfAction(const QString &action)
{
    const QString reference = action.section(u'@', 0, 0).toLower();
    for (const KindWords &kind : kindActions) {
        for (const char *prefix : kind.words) {
            const QLatin1StringView start(prefix);
            if (reference == start || reference.startsWith(start + u'/'))
                return QString::fromLatin1(kind.kind);
        }
    }
    return {};
}

} // namespace

QStringList nameWords(const QString &name)
{
    QStringList words;
    QString word;
    QChar previous;
    for (const QChar c : name) {
        const bool boundary = !c.isLetterOrNumber() || (c.isUpper() && previous.isLower());
        if (boundary && !word.isEmpty()) {
            words.append(word.toLower());
            word.clear();
        }
        if (c.isLetterOrNumber())
            word += c;
        previous = c;
    }
    if (!word.isEmpty())
        words.append(word.toLower());
    return words;
}

QString guessStageKind(const StageKindHints &hints)
{
    if (!hints.environment.isEmpty())
        return QString::fromLatin1(StageKind::Deploy);
    if (hints.manualGate)
        return QString::fromLatin1(StageKind::Approval);
    for (const QString &name : hints.names) {
        if (QString kind = kindOfName(name); !kind.isEmpty())
            return kind;
    }
    for (const QString &action : hints.actions) {
        if (QString kind = kindOfAction(action); !kind.isEmpty())
            return kind;
    }
    return QString::fromLatin1(StageKind::Other);
}

} // namespace flowdeck::graph::importers
