// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A benchmark of a canvas renderer painting into an offscreen frame: an image on the default display and a GC on it,
 * released with the renderer's resources after the trial. Needs an X display (run the bench profile under xvfb-run).
 */
public abstract class OffscreenPaintBenchmark {

	private final List<Runnable> disposals = new ArrayList<>();
	private Display display;
	private Rectangle bounds;
	private GC gc;

	/**
	 * Opens the frame; call it first in the trial's setup.
	 *
	 * @param width  the frame's width in pixels
	 * @param height the frame's height in pixels
	 */
	protected void openFrame(int width, int height) {
		display = Display.getDefault();
		bounds = new Rectangle(0, 0, width, height);
		Image image = new Image(display, width, height);
		gc = new GC(image);
		disposals.add(image::dispose);
		disposals.add(gc::dispose);
	}

	/**
	 * @param <R>     the renderer's resources
	 * @param create  makes them on the frame's display
	 * @param dispose releases them
	 * @return the resources, released before the frame
	 */
	protected <R> R resources(Function<Display, R> create, Consumer<R> dispose) {
		R resources = create.apply(display);
		disposals.add(() -> dispose.accept(resources));
		return resources;
	}

	/** @return the GC painting into the frame */
	protected GC gc() {
		return gc;
	}

	/** @return the frame's bounds, at the origin */
	protected Rectangle bounds() {
		return bounds;
	}

	/** Releases the renderer's resources, the GC, the image and the display, in that order. */
	@TearDown(Level.Trial)
	public void release() {
		for (int i = disposals.size() - 1; i >= 0; i--) {
			disposals.get(i).run();
		}
		disposals.clear();
		display.dispose();
	}
}
