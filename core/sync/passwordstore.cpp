#include "core/sync/passwordstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace civicdesk::core {

namespace {
const QString kService = QStringLiteral("CivicDesk sync");

// QtKeychain jobs are asynchronous; the few milliseconds they take are waited for here, off
// the UI's hot paths (settings dialog, engine start).
template <typename Job> bool runJob(Job &job, QString &error)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    error = job.error() == QKeychain::NoError ? QString() : job.errorString();
    return job.error() == QKeychain::NoError;
}
} // namespace

void PasswordStore::readAsync(QObject *context,
                              std::function<void(std::optional<QString>, QString)> done) const
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(true); // QtKeychain deletes it after finished()
    job->setInsecureFallback(false);
    job->setKey(m_account);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                         if (read->error() == QKeychain::NoError)
                             done(read->textData(), QString());
                         else
                             done(std::nullopt, read->errorString());
                     });
    job->start();
}

std::optional<QString> PasswordStore::read()
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(m_account);
    if (!runJob(job, m_lastError))
        return std::nullopt;
    return job.textData();
}

bool PasswordStore::write(const QString &password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(m_account);
    job.setTextData(password);
    return runJob(job, m_lastError);
}

bool PasswordStore::remove()
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(m_account);
    return runJob(job, m_lastError);
}

} // namespace civicdesk::core
