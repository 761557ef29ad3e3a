package fr.imprimfip.it;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.Flow;

/** A request body sent in two halves, with a pause in between. */
public record SlowBody(byte[] content, Duration pause) implements HttpRequest.BodyPublisher {
    @Override
    public long contentLength() {
        return content.length;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        subscriber.onSubscribe(new Flow.Subscription() {
            private int sent;

            @Override
            public void request(long n) {
                if (sent == 0) {
                    sent = 1;
                    subscriber.onNext(ByteBuffer.wrap(content, 0, content.length / 2));
                } else if (sent == 1) {
                    sent = 2;
                    try {
                        Thread.sleep(pause.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    subscriber.onNext(ByteBuffer.wrap(content, content.length / 2,
                            content.length - content.length / 2));
                    subscriber.onComplete();
                }
            }

            @Override
            public void cancel() {
                sent = 2;
            }
        });
    }
}
