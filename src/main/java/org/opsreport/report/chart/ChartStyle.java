package org.opsreport.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.TimeZone;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * One look for every chart, and deterministic output: a fixed size, the logical "SansSerif" font at
 * fixed sizes, UTC and the root locale on time axes, no timestamp in the image or its metadata (the
 * PNG is encoded by ImageIO, which writes no time chunk), so the same data gives the same bytes.
 */
final class ChartStyle {

	/** Pixel size of every chart; the HTML shows them at 600 px wide. */
	static final int WIDTH = 720;

	static final int HEIGHT = 300;

	static final TimeZone UTC = TimeZone.getTimeZone("UTC");

	static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

	static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

	static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

	static final Color GRID = new Color(0xEA, 0xEE, 0xF2);

	static final Color RED = new Color(0xCF, 0x22, 0x2E);

	static final Color AMBER = new Color(0xBF, 0x87, 0x00);

	static final Color GREEN = new Color(0x1A, 0x7F, 0x37);

	static final Color BLUE = new Color(0x09, 0x69, 0xDA);

	static final Color GREY = new Color(0x57, 0x60, 0x6A);

	static final Color PURPLE = new Color(0x82, 0x50, 0xDF);

	static final Color[] SERIES = { GREY, BLUE, PURPLE, GREEN, AMBER, RED };

	static final BasicStroke LINE = new BasicStroke(2.0f);

	static final BasicStroke THIN = new BasicStroke(1.2f);

	private ChartStyle() {
	}

	static DateAxis timeAxis(String label) {
		DateAxis axis = new DateAxis(label, UTC, Locale.ROOT);
		axis.setLowerMargin(0.01);
		axis.setUpperMargin(0.01);
		return axis;
	}

	static JFreeChart apply(JFreeChart chart) {
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setPadding(new RectangleInsets(4, 4, 4, 8));
		TextTitle title = chart.getTitle();
		if (title != null) {
			title.setFont(TITLE);
			title.setPaint(new Color(0x1F, 0x23, 0x28));
		}
		LegendTitle legend = chart.getLegend();
		if (legend != null) {
			legend.setItemFont(TICK);
			legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
		}
		Plot plot = chart.getPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		if (plot instanceof XYPlot xy) {
			xy.setDomainGridlinePaint(GRID);
			xy.setRangeGridlinePaint(GRID);
			for (int i = 0; i < xy.getDomainAxisCount(); i++) {
				style(xy.getDomainAxis(i));
			}
			for (int i = 0; i < xy.getRangeAxisCount(); i++) {
				style(xy.getRangeAxis(i));
			}
		}
		else if (plot instanceof CategoryPlot category) {
			category.setRangeGridlinePaint(GRID);
			category.getDomainAxis().setLabelFont(LABEL);
			category.getDomainAxis().setTickLabelFont(TICK);
			style(category.getRangeAxis());
		}
		return chart;
	}

	private static void style(ValueAxis axis) {
		if (axis != null) {
			axis.setLabelFont(LABEL);
			axis.setTickLabelFont(TICK);
		}
	}

	static byte[] png(JFreeChart chart) {
		BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
		ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
		try {
			if (!ImageIO.write(image, "png", out)) {
				throw new IllegalStateException("no PNG writer available");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
