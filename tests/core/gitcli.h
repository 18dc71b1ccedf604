// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace flowdeck::testing {

/// The git command-line program on one repository that a test makes. Every run has the same environment: no
/// system or user configuration (HOME is a folder of the test), fixed names and e-mail addresses, and dates from
/// a clock that moves on with every commit and tag, so that the same steps make the same history everywhere.
///
/// A run that fails is recorded as a failure of the current test; builders check QTest::currentTestFailed().
class GitCli
{
public:
    /// `directory` is the working tree (or the bare repository); `home` is HOME for every run.
    GitCli(QString directory, QString home);

    QString directory() const { return m_directory; }
    QString filePath(const QString &relative) const { return m_directory + u'/' + relative; }

    /// Runs `git ARGUMENTS` in the repository with `input` on its stdin, in `environment` (environment() when
    /// empty). Returns stdout; on failure records the failure and returns an empty array.
    QByteArray run(const QStringList &arguments, const QByteArray &input = {},
                   const QProcessEnvironment &environment = QProcessEnvironment());
    /// Stdout as UTF-8 text, split into its non-empty lines.
    QStringList lines(const QStringList &arguments);
    /// Stdout as UTF-8 text without its final newline.
    QString text(const QStringList &arguments);

    /// Makes the repository: `git init` with main as the first branch, plus `options` (such as --bare).
    void init(const QStringList &options = {});
    void writeFile(const QString &relative, const QByteArray &content);
    void removeFile(const QString &relative);
    /// `git mv`, into a folder that may not exist yet.
    void move(const QString &from, const QString &to);
    /// Stages every change of the working tree and commits it with `message` (taken byte for byte with
    /// --cleanup=verbatim when `verbatim`). Returns the new commit's oid.
    QString commit(const QString &message, const QStringList &options = {}, bool verbatim = false);
    /// Commits with a message of raw bytes: `gitOptions` go before the command (such as "-c", "name=value"), and
    /// the variables in `unset` are left out of the environment (so that a configured name applies).
    QString commitBytes(const QByteArray &message, const QStringList &gitOptions, const QStringList &unset = {});
    /// An annotated tag (tagger: the committer, at the clock's next step) or a lightweight one.
    void tag(const QString &name, const QString &target, const QString &annotation = {});
    /// The oid `revision` names.
    QString oid(const QString &revision);

    /// The author of the commits that follow.
    void setAuthor(const QString &name, const QString &email);

    /// The environment every run gets: PATH, a HOME without configuration, the locale, names and dates.
    QProcessEnvironment environment() const;

    /// Moves the clock on, for the next commit or tag made through run() (merges): author and committer dates
    /// differ, and their offsets vary from step to step.
    void tick();

private:
    QString m_directory;
    QString m_home;
    QString m_authorName;
    QString m_authorEmail;
    qint64 m_clock = 1'700'000'000;
    int m_step = 0;
};

} // namespace flowdeck::testing
