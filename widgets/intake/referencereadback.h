#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace civicdesk::widgets {

// After Save: the reference number, large, with a copy button, the phonetic spelling to read
// to the caller and the expected date.
class ReferenceReadback final : public QWidget
{
    Q_OBJECT

public:
    explicit ReferenceReadback(QWidget *parent = nullptr);

    void showReference(const QString &reference, const QString &serviceName, const QString &expected);
    QString reference() const { return m_referenceText; }
    QLabel *phoneticLabel() const { return m_phonetic; }
    QLabel *expectedLabel() const { return m_expected; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *finishButton() const { return m_finish; }

Q_SIGNALS:
    void finishRequested();

private:
    QString m_referenceText;
    QLabel *m_title = nullptr;
    QLabel *m_reference = nullptr;
    QLabel *m_phonetic = nullptr;
    QLabel *m_expected = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_finish = nullptr;
};

} // namespace civicdesk::widgets
