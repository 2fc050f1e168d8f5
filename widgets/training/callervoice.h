#pragma once

#include <QObject>

class QTextToSpeech;

namespace civicdesk::widgets {

// The scripted caller's voice: Qt TextToSpeech when the build has it and an engine (flite,
// offline) is installed; otherwise silent, and the player shows every line as text.
class CallerVoice final : public QObject
{
    Q_OBJECT

public:
    explicit CallerVoice(QObject *parent = nullptr);
    ~CallerVoice() override;

    bool isAvailable() const;
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled && isAvailable(); }
    // Speaks the line in the caller's language when the engine has a voice for it.
    void say(const QString &text, const QString &language);
    void stop();

private:
    QTextToSpeech *m_speech = nullptr;
    bool m_enabled = true;
};

} // namespace civicdesk::widgets
