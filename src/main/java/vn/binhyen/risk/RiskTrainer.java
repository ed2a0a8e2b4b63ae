package vn.binhyen.risk;

import java.util.ArrayList;
import java.util.List;

import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a {@link RiskModel}: a logistic regression fitted by Tribuo's SGD on standardized
 * features, on every positive and a sample of the negatives (rate {@code negativeRate}), then
 * corrected for the sampling (intercept + ln rate) and recalibrated by Platt scaling on the same
 * rows weighted back to the population. Rows are added one at a time so a caller can stream.
 */
final class RiskTrainer {

	// Tribuo logs every epoch at INFO; kept as a field so the setting is not garbage-collected.
	private static final java.util.logging.Logger TRIBUO = java.util.logging.Logger.getLogger("org.tribuo");

	static {
		TRIBUO.setLevel(java.util.logging.Level.WARNING);
	}

	private static final Label POSITIVE = new Label("1");
	private static final Label NEGATIVE = new Label("0");

	static final double MIN_SD = Double.parseDouble(System.getProperty("risk.minsd", "0.1"));

	private final double negativeRate;
	private final long seed;
	private final List<float[]> rows = new ArrayList<>();
	private final List<Boolean> labels = new ArrayList<>();
	private long negativesSeen;
	private long positivesSeen;

	RiskTrainer(double negativeRate, long seed) {
		this.negativeRate = negativeRate;
		this.seed = seed;
	}

	/** Offers a row; every positive is kept, negatives with probability {@code negativeRate} (hash of key). */
	void add(java.util.function.Supplier<double[]> features, boolean positive, long key) {
		if (positive) {
			positivesSeen++;
		}
		else {
			negativesSeen++;
			if (uniform(key ^ seed) >= negativeRate) {
				return;
			}
		}
		double[] x = features.get();
		float[] row = new float[x.length];
		for (int i = 0; i < x.length; i++) {
			row[i] = (float) x[i];
		}
		rows.add(row);
		labels.add(positive);
	}

	long positives() {
		return positivesSeen;
	}

	long rows() {
		return positivesSeen + negativesSeen;
	}

	RiskModel train(int epochs) {
		if (positivesSeen == 0) {
			throw new IllegalStateException("no positive example in the training window");
		}
		int n = Feature.COUNT;
		double[] mean = new double[n];
		double[] sd = new double[n];
		double total = 0;
		for (int r = 0; r < rows.size(); r++) {
			double w = weight(r);
			total += w;
			for (int i = 0; i < n; i++) {
				mean[i] += w * rows.get(r)[i];
			}
		}
		for (int i = 0; i < n; i++) {
			mean[i] /= total;
		}
		for (int r = 0; r < rows.size(); r++) {
			double w = weight(r);
			for (int i = 0; i < n; i++) {
				double d = rows.get(r)[i] - mean[i];
				sd[i] += w * d * d;
			}
		}
		String[] names = new String[n];
		for (Feature f : Feature.values()) {
			names[f.ordinal()] = f.name();
			// A floor keeps rare flags from standardizing to huge values the SGD cannot tame.
			sd[f.ordinal()] = Math.max(MIN_SD, Math.sqrt(sd[f.ordinal()] / total));
		}
		MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("risk", new LabelFactory()), new LabelFactory());
		for (int r = 0; r < rows.size(); r++) {
			double[] z = new double[n];
			for (int i = 0; i < n; i++) {
				z[i] = (rows.get(r)[i] - mean[i]) / sd[i];
			}
			data.add(new ArrayExample<>(labels.get(r) ? POSITIVE : NEGATIVE, names, z));
		}
		var trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(Double.parseDouble(System.getProperty("risk.lr", "0.1")), 0.1), epochs, Integer.MAX_VALUE, Integer.getInteger("risk.batch", 32), seed);
		LinearSGDModel model = trainer.train(data);
		DenseMatrix w = model.getWeightsCopy();
		int pos = model.getOutputIDInfo().getID(POSITIVE);
		int neg = model.getOutputIDInfo().getID(NEGATIVE);
		double[] coefficient = new double[n];
		var features = model.getFeatureIDMap();
		for (int i = 0; i < n; i++) {
			var info = features.get(names[i]);
			if (info != null) {
				int id = features.getID(names[i]);
				coefficient[i] = w.get(pos, id) - w.get(neg, id);
			}
		}
		int bias = w.getDimension2Size() - 1;
		double intercept = w.get(pos, bias) - w.get(neg, bias) + Math.log(negativeRate);
		RiskModel uncalibrated = new RiskModel(mean, sd, coefficient, intercept, 1, 0);
		return platt(uncalibrated);
	}

	/** Fits a and b of σ(a·s + b) by Newton's method on the rows weighted back to the population. */
	private RiskModel platt(RiskModel model) {
		double[] s = new double[rows.size()];
		double[] x = new double[Feature.COUNT];
		for (int r = 0; r < rows.size(); r++) {
			for (int i = 0; i < x.length; i++) {
				x[i] = rows.get(r)[i];
			}
			s[r] = model.linear(x);
		}
		double a = 1;
		double b = 0;
		for (int iteration = 0; iteration < 50; iteration++) {
			double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
			for (int r = 0; r < s.length; r++) {
				double w = weight(r);
				double p = RiskModel.sigmoid(a * s[r] + b);
				double e = p - (labels.get(r) ? 1 : 0);
				double v = Math.max(1e-12, p * (1 - p)) * w;
				ga += w * e * s[r];
				gb += w * e;
				haa += v * s[r] * s[r] + 1e-9;
				hab += v * s[r];
				hbb += v + 1e-9;
			}
			double det = haa * hbb - hab * hab;
			double da = (hbb * ga - hab * gb) / det;
			double db = (haa * gb - hab * ga) / det;
			a -= da;
			b -= db;
			if (Math.abs(da) + Math.abs(db) < 1e-9) {
				break;
			}
		}
		return new RiskModel(model.mean(), model.sd(), model.coefficient(), model.intercept(), a, b);
	}

	private double weight(int row) {
		return labels.get(row) ? 1 : 1 / negativeRate;
	}

	static double uniform(long key) {
		long z = key + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		z = z ^ (z >>> 31);
		return (z >>> 11) * 0x1.0p-53;
	}
}
