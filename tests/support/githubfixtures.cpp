// SPDX-License-Identifier: GPL-3.0-or-later
#include "githubfixtures.h"

#include "scratchfile.h"

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

void scriptGithubFixtures(ScriptedHttpServer &server, std::chrono::milliseconds delay)
{
    const QString repo = u"/repos/"_s + QLatin1StringView(githubFixtureRepository);
    const auto answer = [delay](const QString &path) {
        ScriptedResponse response = ScriptedResponse::ok(readFileOrStop(path));
        response.delay = delay;
        return response;
    };
    const QString shared = QStringLiteral(FLOWDECK_SHARED_FIXTURES "/ci/github/");
    server.script(repo + u"/actions/runs"_s, answer(shared + u"workflow-run-paginated.json"_s));
    server.script(repo + u"/actions/runs/30433642/jobs"_s, answer(shared + u"job-paginated.json"_s));
    server.script(repo + u"/deployments"_s, answer(shared + u"deployment-items.json"_s));
    server.script(repo + u"/deployments/1/statuses"_s, answer(shared + u"deployment-status-items.json"_s));
    server.script(repo + u"/pulls"_s, answer(shared + u"pull-request-simple-items.json"_s));
    server.script(repo + u"/releases"_s, answer(shared + u"release-items.json"_s));
    server.script(repo + u"/issues"_s, answer(QStringLiteral(FLOWDECK_CI_TEST_DATA "/github/issue-items.json")));
}

} // namespace flowdeck::testing
