// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/remoteclone.h"

#include "git/gitptr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

namespace flowdeck::git {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("flowdeck::git", text);
}

struct RemoteState
{
    const CredentialProvider *credentials = nullptr;
    const TaskControl *control = nullptr;
    /// How often the provider was asked, and how many of its answers the remote refused or will see.
    int asked = 0;
    int given = 0;
};

int acquireCredential(git_credential **out, const char *url, const char *usernameFromUrl, unsigned int allowed,
                      void *payload)
{
    auto *state = static_cast<RemoteState *>(payload);
    // libgit2 asks again after each refusal: a few answers are enough for the stored credentials and a person
    // correcting a typo; then the remote's refusal stands.
    constexpr int maxAttempts = 3;
    if (!(allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) || !state->credentials || !*state->credentials ||
        state->asked >= maxAttempts)
        return GIT_PASSTHROUGH;
    ++state->asked;
    const std::optional<Credential> credential = (*state->credentials)(QString::fromUtf8(url), state->given);
    if (!credential)
        return GIT_PASSTHROUGH;
    ++state->given;
    const QByteArray user =
        credential->username.isEmpty() && usernameFromUrl ? QByteArray(usernameFromUrl) : credential->username.toUtf8();
    return git_credential_userpass_plaintext_new(out, user.constData(), credential->secret.toUtf8().constData());
}

int transferProgress(const git_indexer_progress *progress, void *payload)
{
    auto *state = static_cast<RemoteState *>(payload);
    if (state->control->isCanceled())
        return -1;
    state->control->report(progress->received_objects, progress->total_objects);
    return 0;
}

int createMirrorRemote(git_remote **out, git_repository *repository, const char *name, const char *url, void *)
{
    if (git_remote_create_with_fetchspec(out, repository, name, url, "+refs/heads/*:refs/heads/*") < 0)
        return -1;
    git_remote_free(*out);
    *out = nullptr;
    if (git_remote_add_fetch(repository, name, "+refs/tags/*:refs/tags/*") < 0)
        return -1;
    return git_remote_lookup(out, repository, name);
}

git_fetch_options fetchOptions(RemoteState &state)
{
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    options.callbacks.credentials = acquireCredential;
    options.callbacks.transfer_progress = transferProgress;
    options.callbacks.payload = &state;
    options.prune = GIT_FETCH_PRUNE;
    options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL;
    return options;
}

Error remoteError(const QString &url, const RemoteState &state)
{
    if (state.control->isCanceled())
        return Error{TaskControl::canceledMessage()};
    Error error = gitError(tr("Fetching %1").arg(url));
    const git_error *last = git_error_last();
    if (last && last->klass == GIT_ERROR_HTTP && state.given > 0)
        error.message += u' ' + tr("The server did not accept the credentials.");
    else if (last && last->klass == GIT_ERROR_HTTP && state.asked > 0)
        error.message += u' ' + tr("The server asks who you are, and no credentials were given.");
    return error;
}

} // namespace

bool isRemoteSource(const QString &source)
{
    static const QRegularExpression scpLike(u"^[\\w.-]+@[\\w.-]+:"_s);
    return source.contains(u"://"_s) || scpLike.match(source).hasMatch();
}

QString repositoryNameFor(const QString &source)
{
    QString trimmed = source.trimmed();
    while (trimmed.endsWith(u'/') || trimmed.endsWith(u'\\'))
        trimmed.chop(1);
    QString name = trimmed.section(QRegularExpression(u"[/\\\\:]"_s), -1);
    if (name.endsWith(u".git"_s))
        name.chop(4);
    if (name.isEmpty() || name == u"."_s) {
        // The root of a working tree named by "." or a path ending in ".git": take the folder above.
        name = QDir(trimmed).absolutePath().section(u'/', -1);
        if (name == u".git"_s)
            name = QDir(trimmed).absolutePath().section(u'/', -2, -2);
    }
    return name.isEmpty() ? u"repository"_s : name;
}

Result<QString> updateMirror(const QString &url, const QString &cloneDirectory, const CredentialProvider &credentials,
                             const TaskControl &control)
{
    const QString base = cloneDirectory.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/repositories"_s
                             : cloneDirectory;
    if (!QDir().mkpath(base))
        return Error{tr("Cannot create the folder %1 for clones.").arg(base)};
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    const QString path = base + u'/' + repositoryNameFor(url) + u'-' + hash + u".git"_s;
    const QByteArray nativeUrl = url.toUtf8();
    const QByteArray nativePath = QFile::encodeName(path);
    RemoteState state{&credentials, &control};

    if (QDir(path).exists()) {
        git_repository *raw = nullptr;
        if (git_repository_open_bare(&raw, nativePath.constData()) == 0) {
            RepositoryPtr repository(raw);
            git_remote *rawRemote = nullptr;
            if (git_remote_lookup(&rawRemote, repository.get(), "origin") < 0)
                return gitError(tr("Reading the clone of %1").arg(url));
            RemotePtr remote(rawRemote);
            git_fetch_options options = fetchOptions(state);
            if (git_remote_fetch(remote.get(), nullptr, &options, "flowdeck: fetch") < 0)
                return remoteError(url, state);
            return path;
        }
        // Not a usable clone (left half-way, or damaged): start again.
        QDir(path).removeRecursively();
    }

    git_clone_options options = GIT_CLONE_OPTIONS_INIT;
    options.bare = 1;
    options.remote_cb = createMirrorRemote;
    options.fetch_opts = fetchOptions(state);
    git_repository *raw = nullptr;
    if (git_clone(&raw, nativeUrl.constData(), nativePath.constData(), &options) < 0) {
        Error error = remoteError(url, state);
        QDir(path).removeRecursively();
        return error;
    }
    git_repository_free(raw);
    return path;
}

} // namespace flowdeck::git
