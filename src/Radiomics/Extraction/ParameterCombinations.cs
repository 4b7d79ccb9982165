using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Shape2D;
using Radiomics.Preprocessing.Ibsi;

namespace Radiomics.Extraction;

/// <summary>
/// Rules on combinations of parameters that cannot run whatever the image: checked when the parameters are bound for
/// extraction (a <see cref="RadiomicsExtractor"/> is made), after every command-line override, so that a
/// batch stops before its first case rather than failing every case. Each message names the keys and the fix.
/// Rules that depend on a case's ROI (shape2D's one-slice ROI, re-segmentation leaving too few voxels) are checked
/// when the case is bound and fail that case alone.
/// </summary>
public static class ParameterCombinations
{
    /// <summary>Throws a <see cref="ParameterException"/> naming the first rule <paramref name="parameters"/> break.</summary>
    public static void Check(ExtractionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        bool shape2D = parameters.FeatureClasses?.Any(c => c.Family == "shape2D") ?? FeatureRegistry.DefaultFamilies.Any(f => f.Name == "shape2D");
        RadiomicsSettings settings = parameters.Settings;
        if (settings.Profile == ComplianceProfile.Ibsi)
        {
            try
            {
                _ = IbsiChainPlan.For(settings); // the IBSI chain these settings ask for can run
            }
            catch (ParameterException e)
            {
                throw new ParameterException($"{parameters.Source}: profile ibsi: {e.Message}.");
            }

            return;
        }

        if (shape2D && !settings.Features.Force2D)
        {
            throw new ParameterException($"{parameters.Source}: {Shape2DFamily.NeedsForce2D}.");
        }

        ResamplingSettings resampling = settings.Resampling;
        if (resampling.Spacing is not null && resampling.Interpolator is not (Interpolator.NearestNeighbor or Interpolator.Linear or Interpolator.BSpline))
        {
            throw new ParameterException(
                $"{parameters.Source}: setting 'interpolator' is sitk{resampling.Interpolator}, which resampling (resampledPixelSpacing) does not support yet; use sitkBSpline, sitkLinear or sitkNearestNeighbor.");
        }
    }
}
