// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/keychain.h"

#include <QEventLoop>
#include <QThread>

#include <qt6keychain/keychain.h>

namespace flowdeck::secrets {

using namespace Qt::StringLiterals;

namespace {

struct Answer
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

/// Runs `job` to its end on the calling thread, which turns an event loop meanwhile.
Answer finish(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    Answer answer{job.error(), job.errorString(), {}};
    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(&job); read && answer.error == QKeychain::NoError)
        answer.data = read->binaryData();
    return answer;
}

/// Runs `work` on the application's thread, where QtKeychain's jobs live, and waits for it.
template<typename Work>
Answer onMainThread(Work work)
{
    QCoreApplication *application = QCoreApplication::instance();
    if (!application || QThread::currentThread() == application->thread())
        return work();
    Answer answer;
    QMetaObject::invokeMethod(application, work, Qt::BlockingQueuedConnection, &answer);
    return answer;
}

Error keychainError(const QString &what, const Answer &answer)
{
    QString why;
    switch (answer.error) {
    case QKeychain::NoBackendAvailable:
        why = Keychain::tr("No keychain answered. Flowdeck keeps passwords and tokens in the desktop's keychain "
                           "(on Linux a Secret Service such as GNOME Keyring or KWallet), and none is running in "
                           "this session.");
        break;
    case QKeychain::AccessDeniedByUser:
        why = Keychain::tr("Access to the keychain was refused.");
        break;
    case QKeychain::AccessDenied:
        why = Keychain::tr("The keychain is locked or refused access.");
        break;
    default:
        why = answer.errorString;
#ifdef Q_OS_LINUX
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            why += u' ' + Keychain::tr("(There is no D-Bus session, through which the keychain is reached: run "
                                       "Flowdeck inside a desktop session.)");
        } else {
            why += u' ' + Keychain::tr("(Is a keychain, such as GNOME Keyring or KWallet, running in this desktop "
                                       "session?)");
        }
#endif
        break;
    }
    return Error{what + u' ' + why};
}

} // namespace

Keychain::Keychain(QString service)
    : m_service(std::move(service))
{}

Result<std::optional<QByteArray>> Keychain::read(const QString &key) const
{
    const Answer answer = onMainThread([service = m_service, key] {
        QKeychain::ReadPasswordJob job(service);
        job.setKey(key);
        return finish(job);
    });
    if (answer.error == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (answer.error != QKeychain::NoError)
        return keychainError(tr("Reading \"%1\" from the keychain failed.").arg(key), answer);
    return std::optional<QByteArray>(answer.data);
}

Result<void> Keychain::write(const QString &key, const QByteArray &secret) const
{
    const Answer answer = onMainThread([service = m_service, key, secret] {
        QKeychain::WritePasswordJob job(service);
        job.setKey(key);
        job.setBinaryData(secret);
        return finish(job);
    });
    if (answer.error != QKeychain::NoError)
        return keychainError(tr("Storing \"%1\" in the keychain failed.").arg(key), answer);
    return {};
}

Result<bool> Keychain::remove(const QString &key) const
{
    // Some keychains report success for removing nothing: ask first, so the answer says what happened.
    auto existing = read(key);
    if (!existing)
        return existing.error();
    if (!*existing)
        return false;
    const Answer answer = onMainThread([service = m_service, key] {
        QKeychain::DeletePasswordJob job(service);
        job.setKey(key);
        return finish(job);
    });
    if (answer.error == QKeychain::EntryNotFound)
        return false;
    if (answer.error != QKeychain::NoError)
        return keychainError(tr("Removing \"%1\" from the keychain failed.").arg(key), answer);
    return true;
}

} // namespace flowdeck::secrets
