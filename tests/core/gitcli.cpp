// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitcli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

namespace {

constexpr int gitTimeoutMs = 120'000;

// Offsets that cover east and west of UTC, half and quarter hours.
const QStringList authorOffsets = {u"+0200"_s, u"-0430"_s, u"+0000"_s, u"+0545"_s, u"-0800"_s, u"+1300"_s};
const QStringList committerOffsets = {u"+0100"_s, u"-0700"_s, u"+0530"_s, u"+0000"_s};

} // namespace

GitCli::GitCli(QString directory, QString home)
    : m_directory(std::move(directory))
    , m_home(std::move(home))
    , m_authorName(u"Ada Lovelace"_s)
    , m_authorEmail(u"ada@example.com"_s)
{
    QDir().mkpath(m_home);
}

QProcessEnvironment GitCli::environment() const
{
    QProcessEnvironment environment;
    environment.insert(u"PATH"_s, qEnvironmentVariable("PATH", u"/usr/local/bin:/usr/bin:/bin"_s));
    environment.insert(u"HOME"_s, m_home);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/.config"_s);
    environment.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    environment.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"TZ"_s, u"UTC"_s);
    environment.insert(u"GIT_AUTHOR_NAME"_s, m_authorName);
    environment.insert(u"GIT_AUTHOR_EMAIL"_s, m_authorEmail);
    environment.insert(u"GIT_AUTHOR_DATE"_s,
                       u"%1 %2"_s.arg(m_clock).arg(authorOffsets.at(m_step % authorOffsets.size())));
    environment.insert(u"GIT_COMMITTER_NAME"_s, u"Release Bot"_s);
    environment.insert(u"GIT_COMMITTER_EMAIL"_s, u"bot@example.com"_s);
    environment.insert(
        u"GIT_COMMITTER_DATE"_s,
        u"%1 %2"_s.arg(m_clock + 300 + m_step).arg(committerOffsets.at(m_step % committerOffsets.size())));
    return environment;
}

QByteArray GitCli::run(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment.isEmpty() ? this->environment() : environment);
    process.setWorkingDirectory(m_directory);
    process.start(u"git"_s, arguments);
    if (!process.waitForStarted(gitTimeoutMs)) {
        QTest::qFail(qPrintable(u"git did not start: "_s + process.errorString()), __FILE__, __LINE__);
        return {};
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(gitTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        QTest::qFail(qPrintable(u"git %1 did not finish"_s.arg(arguments.join(u' '))), __FILE__, __LINE__);
        return {};
    }
    const QByteArray out = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString message = u"git %1 failed in %2 (exit %3): %4"_s.arg(arguments.join(u' '), m_directory)
                                    .arg(process.exitCode())
                                    .arg(QString::fromUtf8(process.readAllStandardError()));
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
        return {};
    }
    return out;
}

QStringList GitCli::lines(const QStringList &arguments)
{
    return QString::fromUtf8(run(arguments)).split(u'\n', Qt::SkipEmptyParts);
}

QString GitCli::text(const QStringList &arguments)
{
    QString out = QString::fromUtf8(run(arguments));
    if (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}

void GitCli::init(const QStringList &options)
{
    QDir().mkpath(m_directory);
    run(QStringList{u"-c"_s, u"init.defaultBranch=main"_s, u"init"_s, u"-q"_s} + options);
    // Objects stay loose: tests remove single objects, and no automatic gc may pack them behind their back.
    run({u"config"_s, u"gc.auto"_s, u"0"_s});
}

void GitCli::writeFile(const QString &relative, const QByteArray &content)
{
    const QString path = filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        QTest::qFail(qPrintable(u"cannot write "_s + path), __FILE__, __LINE__);
}

void GitCli::removeFile(const QString &relative)
{
    if (!QFile::remove(filePath(relative)))
        QTest::qFail(qPrintable(u"cannot remove "_s + filePath(relative)), __FILE__, __LINE__);
}

void GitCli::move(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(filePath(to)).absolutePath());
    run({u"mv"_s, from, to});
}

QString GitCli::commit(const QString &message, const QStringList &options, bool verbatim)
{
    run({u"add"_s, u"-A"_s});
    tick();
    QStringList arguments = {u"commit"_s, u"-q"_s, u"--no-verify"_s, u"-F"_s, u"-"_s};
    if (verbatim)
        arguments.append(u"--cleanup=verbatim"_s);
    run(arguments + options, message.toUtf8());
    return oid(u"HEAD"_s);
}

QString GitCli::commitBytes(const QByteArray &message, const QStringList &gitOptions, const QStringList &unset)
{
    run({u"add"_s, u"-A"_s});
    tick();
    QProcessEnvironment environment = this->environment();
    for (const QString &variable : unset)
        environment.remove(variable);
    run(gitOptions + QStringList{u"commit"_s, u"-q"_s, u"--no-verify"_s, u"--allow-empty"_s, u"-F"_s, u"-"_s}, message,
        environment);
    return oid(u"HEAD"_s);
}

void GitCli::tag(const QString &name, const QString &target, const QString &annotation)
{
    tick();
    if (annotation.isEmpty())
        run({u"tag"_s, name, target});
    else
        run({u"tag"_s, u"-a"_s, name, u"-m"_s, annotation, target});
}

QString GitCli::oid(const QString &revision)
{
    return text({u"rev-parse"_s, u"--verify"_s, u"-q"_s, revision + u"^{}"_s});
}

void GitCli::setAuthor(const QString &name, const QString &email)
{
    m_authorName = name;
    m_authorEmail = email;
}

void GitCli::tick()
{
    ++m_step;
    m_clock += 3600 + (m_step % 7) * 61;
}

} // namespace flowdeck::testing
